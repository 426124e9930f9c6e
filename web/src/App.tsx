import { lazy } from 'react';
import { App as AntApp, ConfigProvider, Grid, type ThemeConfig } from 'antd';
// The ES module builds: with "type": "module" the bundler gives a CommonJS default import Node's meaning
// (the whole exports object), and antd silently fell back to English texts.
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import { BrowserRouter, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireArea } from './auth/RequireArea';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/LoginPage';
import { RegisterPage } from './pages/RegisterPage';

// The four areas are loaded on demand so the first page (often the login) stays small.
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const PortalHome = lazy(() => import('./areas/portal/PortalHome'));
const PortalArea = lazy(() => import('./areas/portal/PortalArea'));
const WorkbenchArea = lazy(() => import('./areas/workbench/WorkbenchArea'));
const AdminArea = lazy(() => import('./areas/admin/AdminArea'));
const DashboardArea = lazy(() => import('./areas/dashboard/DashboardArea'));
const PublicCheckPage = lazy(() => import('./areas/portal/cases/PublicCheckPage'));
const VerifyLicencePage = lazy(() => import('./pages/VerifyLicencePage'));
const LicenceCodePage = lazy(() => import('./pages/LicenceCodePage'));
const RateByLinkPage = lazy(() => import('./areas/portal/feedback/RateByLinkPage'));
const DisclosurePage = lazy(() => import('./areas/dashboard/supervision/DisclosurePage'));

const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "'Source Han Sans SC'",
  'Roboto',
  "'Helvetica Neue'",
  'Arial',
  'sans-serif',
].join(', ');

/** Colours chosen for WCAG AA contrast on white (antd's defaults #1677ff / #ff4d4f are below 4.5:1). */
function themeFor(isPhone: boolean): ThemeConfig {
  return {
    token: {
      colorPrimary: '#0958d9',
      // Hover and pressed states keep AA contrast too (antd derives lighter ones that fall below 4.5:1).
      colorPrimaryHover: '#003eb3',
      colorPrimaryActive: '#002c8c',
      colorLink: '#0958d9',
      colorLinkHover: '#003eb3',
      colorLinkActive: '#002c8c',
      colorError: '#cf1322',
      colorSuccess: '#237804',
      colorSuccessBg: '#f6ffed',
      colorSuccessBorder: '#b7eb8f',
      colorErrorBg: '#fff2f0',
      colorErrorBorder: '#ffccc7',
      colorTextDescription: 'rgba(0, 0, 0, 0.65)',
      colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
      fontFamily: FONT_FAMILY,
      // Phones: 16px text (no zoom-on-focus in iOS) and 44px controls (comfortable tap targets).
      fontSize: isPhone ? 16 : 14,
      controlHeight: isPhone ? 44 : 36,
      controlHeightLG: 44,
      borderRadius: 6,
    },
    components: {
      Layout: {
        headerBg: '#ffffff',
        headerHeight: 64,
        headerPadding: isPhone ? '0 12px' : '0 24px',
        footerBg: 'transparent',
      },
      Menu: { itemHeight: 44, horizontalLineHeight: '62px' },
    },
  };
}

export function App() {
  const { i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isPhone = !(screens.md ?? window.matchMedia('(min-width: 768px)').matches);
  const english = i18n.language === 'en';

  return (
    <ConfigProvider
      locale={english ? enUS : zhCN}
      theme={themeFor(isPhone)}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <BrowserRouter>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<PortalHome />} />
              <Route path="login" element={<LoginPage />} />
              <Route path="register" element={<RegisterPage />} />
              <Route path="portal/*" element={<PortalArea />} />
              <Route path="check/:caseNumber" element={<PublicCheckPage />} />
              <Route path="verify" element={<VerifyLicencePage />} />
              <Route path="licence-code" element={<LicenceCodePage />} />
              <Route path="rate" element={<RateByLinkPage />} />
              <Route path="disclosure" element={<DisclosurePage />} />
              <Route
                path="workbench/*"
                element={
                  <RequireArea area="workbench">
                    <WorkbenchArea />
                  </RequireArea>
                }
              />
              <Route
                path="admin/*"
                element={
                  <RequireArea area="admin">
                    <AdminArea />
                  </RequireArea>
                }
              />
              <Route
                path="dashboard/*"
                element={
                  <RequireArea area="dashboard">
                    <DashboardArea />
                  </RequireArea>
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
