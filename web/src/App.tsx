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
import { usePreferences } from './preferences/PreferencesProvider';
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

const CJK_FONTS = [
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "'Source Han Sans SC'",
];
const LATIN_FONTS = ['Roboto', "'Helvetica Neue'", 'Arial', "'Liberation Sans'"];

/**
 * Chinese text first in a Chinese font; English first in a Latin one, so that quotes, dashes and
 * punctuation take their narrow Latin forms (a CJK font draws “ ” full width).
 */
function fontFamily(english: boolean): string {
  const system = ['-apple-system', 'BlinkMacSystemFont', "'Segoe UI'"];
  const fonts = english
    ? [...system, ...LATIN_FONTS, ...CJK_FONTS]
    : [...system, ...CJK_FONTS, ...LATIN_FONTS];
  return [...fonts, 'sans-serif'].join(', ');
}

/** Colours chosen for WCAG AA contrast on white (antd's defaults #1677ff / #ff4d4f are below 4.5:1). */
function themeFor(isPhone: boolean, english: boolean): ThemeConfig {
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
      // The focus glow of inputs and selects, strong enough to see (antd's default is 10% opacity).
      controlOutline: 'rgba(9, 88, 217, 0.35)',
      controlOutlineWidth: 3,
      fontFamily: fontFamily(english),
      // Phones: 16px text (no zoom-on-focus in iOS) and 44px controls (comfortable tap targets).
      fontSize: isPhone ? 16 : 14,
      controlHeight: isPhone ? 44 : 36,
      controlHeightLG: 44,
      borderRadius: 6,
    },
    components: {
      Layout: { footerBg: 'transparent' },
      Menu: { itemHeight: 44, horizontalLineHeight: '62px' },
      Pagination: isPhone ? { itemSize: 44, itemSizeSM: 44 } : {},
    },
  };
}

/**
 * 长辈模式: larger type and controls, text and borders at 7:1 or more against white (WCAG AAA), no
 * pale greys. The stylesheet's `.tb-senior` rules do the rest (layout, focus rings, custom classes).
 */
function seniorThemeFor(isPhone: boolean, english: boolean): ThemeConfig {
  const base = themeFor(isPhone, english);
  return {
    token: {
      ...base.token,
      colorPrimary: '#003eb3',
      colorPrimaryHover: '#002c8c',
      colorPrimaryActive: '#061178',
      colorLink: '#003eb3',
      colorLinkHover: '#002c8c',
      colorLinkActive: '#061178',
      colorError: '#a8071a',
      colorSuccess: '#135200',
      colorWarning: '#613400',
      // Alerts keep light backgrounds (antd would derive dark ones from the darker colours).
      colorWarningBg: '#fffbe6',
      colorWarningBorder: '#ad6800',
      colorErrorBorder: '#a8071a',
      colorSuccessBorder: '#135200',
      colorInfoBg: '#e6f4ff',
      colorInfoBorder: '#003eb3',
      colorText: '#000000',
      colorTextHeading: '#000000',
      colorTextLabel: '#000000',
      colorTextSecondary: '#262626',
      colorTextDescription: '#262626',
      colorTextTertiary: '#262626',
      colorTextPlaceholder: '#595959',
      colorTextDisabled: '#595959',
      colorIcon: '#262626',
      colorBorder: '#434343',
      colorBorderSecondary: '#8c8c8c',
      colorSplit: '#8c8c8c',
      colorBgLayout: '#ffffff',
      controlOutline: 'rgba(0, 0, 0, 0.5)',
      fontSize: isPhone ? 18 : 20,
      fontSizeSM: isPhone ? 16 : 18,
      fontSizeLG: isPhone ? 20 : 22,
      fontSizeHeading1: isPhone ? 30 : 36,
      fontSizeHeading2: isPhone ? 26 : 30,
      fontSizeHeading3: isPhone ? 23 : 26,
      fontSizeHeading4: isPhone ? 21 : 23,
      fontSizeHeading5: isPhone ? 19 : 21,
      lineHeight: 1.6,
      controlHeight: 48,
      controlHeightSM: 44,
      controlHeightLG: 56,
      lineWidthFocus: 4,
    },
    components: {
      ...base.components,
      Menu: { itemHeight: 52, horizontalLineHeight: '62px' },
      Pagination: { itemSize: 48, itemSizeSM: 48 },
      Switch: { handleSize: 24, trackHeight: 28, trackMinWidth: 52 },
    },
  };
}

export function App() {
  const { i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isPhone = !(screens.md ?? window.matchMedia('(min-width: 768px)').matches);
  const english = i18n.language === 'en';
  const { seniorMode } = usePreferences();

  return (
    <ConfigProvider
      locale={english ? enUS : zhCN}
      theme={seniorMode ? seniorThemeFor(isPhone, english) : themeFor(isPhone, english)}
      button={{ autoInsertSpace: false }}
      // A failed submit takes the keyboard to the first field in error (its message is read with it).
      form={{ scrollToFirstError: { block: 'center', focus: true } }}
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
