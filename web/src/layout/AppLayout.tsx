import { Suspense, useEffect, useState } from 'react';
import { Alert, App, Button, Drawer, Dropdown, Grid, Layout, Menu, type MenuProps } from 'antd';
import {
  AuditOutlined,
  DownOutlined,
  LogoutOutlined,
  MenuOutlined,
  MessageOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/client';
import { useErrorToast } from '../api/errors';
import { AREA_PATHS, areaOfPath, areasFor } from '../auth/areas';
import { useLogout, useMe } from '../auth/session';
import { LinkButton } from '../components/LinkButton';
import { PageSpin } from '../components/PageSpin';
import { MessagesBell } from '../areas/portal/cases/MessagesBell';
import { FormErrorAnnouncer } from './FormErrorAnnouncer';
import { LanguageSwitch } from './LanguageSwitch';
import { SeniorModeSwitch } from './SeniorModeSwitch';

const DESKTOP_QUERY = '(min-width: 768px)';

function useIsDesktop(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md ?? window.matchMedia(DESKTOP_QUERY).matches;
}

function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="tb-brand">
      <span className="tb-brand-mark" lang="zh-CN">
        通办
      </span>
      <span className="tb-brand-tagline">{t('app.tagline')}</span>
    </Link>
  );
}

function useLogoutAction() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logout = useLogout();
  const toastError = useErrorToast();
  return () =>
    logout.mutate(undefined, {
      onSuccess: () => {
        void message.success(t('user.loggedOut'));
        void navigate('/');
      },
      onError: toastError,
    });
}

const USER_PAGES: Record<string, string> = {
  profile: '/portal/profile',
  'data-access': '/portal/data-access',
  inquiries: '/portal/feedback/inquiries',
};

function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogoutAction();
  const items: MenuProps['items'] = [
    ...(me.kind === 'citizen'
      ? [
          { key: 'profile', icon: <UserOutlined />, label: t('user.profile') },
          { key: 'data-access', icon: <AuditOutlined />, label: t('exchange.access.menu') },
          { key: 'inquiries', icon: <MessageOutlined />, label: t('feedback.nav.mine') },
        ]
      : []),
    { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout') },
  ];
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        onClick: ({ key }) => (key === 'logout' ? logout() : void navigate(USER_PAGES[key]!)),
      }}
    >
      <Button type="text" className="tb-header-button" aria-label={t('user.menu', { name: me.displayName })}>
        <UserOutlined aria-hidden />
        <span className="tb-user-name">{me.displayName}</span>
        {me.actingFor ? (
          <span className="tb-acting">{t('user.actingFor', { name: me.actingFor.name })}</span>
        ) : null}
        <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const isDesktop = useIsDesktop();
  const meQuery = useMe();
  const me = meQuery.data ?? null;
  const logout = useLogoutAction();
  const [drawerOpen, setDrawerOpen] = useState(false);

  // Close the phone menu after navigating.
  useEffect(() => setDrawerOpen(false), [location.pathname]);

  const currentArea = areaOfPath(location.pathname);
  const citizen = me?.kind === 'citizen';
  const navItems: MenuProps['items'] = [
    ...areasFor(me).map((area) => ({
      key: area,
      label: <Link to={AREA_PATHS[area]}>{t(`areas.${area}`)}</Link>,
    })),
    ...(citizen ? [{ key: 'cases', label: <Link to="/portal/cases">{t('portalCases.myCases')}</Link> }] : []),
    ...(citizen
      ? [{ key: 'licenses', label: <Link to="/portal/licenses">{t('licenses.navWallet')}</Link> }]
      : []),
    ...(me?.roles.some((r) => r.role === 'data_steward')
      ? [{ key: 'exchange', label: <Link to="/workbench/exchange/resources">{t('exchange.nav')}</Link> }]
      : []),
  ];
  const selectedKeys =
    location.pathname === '/login' || location.pathname === '/register'
      ? []
      : citizen && location.pathname.startsWith('/portal/cases')
        ? ['cases']
        : citizen && location.pathname.startsWith('/portal/licenses')
          ? ['licenses']
          : location.pathname.startsWith('/workbench/exchange')
            ? ['exchange']
            : [currentArea];

  return (
    <Layout className="tb-layout">
      <a className="tb-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="tb-banner">
        <div className="tb-utility">
          <SeniorModeSwitch />
          <LanguageSwitch />
        </div>
        <div className="tb-header">
          <Brand />
          {isDesktop ? (
            <nav className="tb-nav" aria-label={t('nav.main')}>
              <Menu mode="horizontal" items={navItems} selectedKeys={selectedKeys} className="tb-nav-menu" />
            </nav>
          ) : null}
          <div className="tb-header-actions">
            {citizen ? <MessagesBell /> : null}
            {isDesktop ? (
              me ? (
                <UserMenu me={me} />
              ) : meQuery.isPending ? null : (
                <>
                  <LinkButton to="/login" type="primary">
                    {t('user.login')}
                  </LinkButton>
                  <LinkButton to="/register">{t('user.register')}</LinkButton>
                </>
              )
            ) : (
              <Button
                type="text"
                className="tb-header-button tb-menu-button"
                icon={<MenuOutlined aria-hidden />}
                aria-label={t('nav.openMenu')}
                aria-expanded={drawerOpen}
                aria-controls="tb-nav-drawer"
                onClick={() => setDrawerOpen(true)}
              />
            )}
          </div>
        </div>
      </header>
      {!isDesktop ? (
        <Drawer
          id="tb-nav-drawer"
          title={t('nav.menuTitle')}
          placement="right"
          width={300}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          className="tb-drawer"
        >
          {me ? (
            <div className="tb-drawer-user">
              <UserOutlined aria-hidden /> <strong>{me.displayName}</strong>
              {me.actingFor ? <div>{t('user.actingFor', { name: me.actingFor.name })}</div> : null}
            </div>
          ) : null}
          <nav aria-label={t('nav.main')}>
            <Menu mode="inline" items={navItems} selectedKeys={selectedKeys} className="tb-drawer-menu" />
          </nav>
          <div className="tb-drawer-actions">
            {me ? (
              <>
                {me.kind === 'citizen' ? (
                  <LinkButton to="/portal/profile" block icon={<UserOutlined aria-hidden />}>
                    {t('user.profile')}
                  </LinkButton>
                ) : null}
                <Button block icon={<LogoutOutlined aria-hidden />} onClick={logout}>
                  {t('user.logout')}
                </Button>
              </>
            ) : (
              <>
                <LinkButton to="/login" type="primary" block>
                  {t('user.login')}
                </LinkButton>
                <LinkButton to="/register" block>
                  {t('user.register')}
                </LinkButton>
              </>
            )}
          </div>
        </Drawer>
      ) : null}
      <Layout.Content id="main" tabIndex={-1} className={`tb-main tb-area-${currentArea}`}>
        {meQuery.isError ? (
          <Alert
            className="tb-session-alert"
            type="warning"
            showIcon
            message={t('errors.sessionUnavailable')}
            action={
              <Button size="small" onClick={() => void meQuery.refetch()} loading={meQuery.isFetching}>
                {t('common.retry')}
              </Button>
            }
          />
        ) : null}
        <Suspense fallback={<PageSpin />}>
          <Outlet />
        </Suspense>
        <FormErrorAnnouncer />
      </Layout.Content>
      <Layout.Footer className="tb-footer">
        {t('app.footer')} ·{' '}
        <Link to="/disclosure" style={{ textDecoration: 'underline' }}>
          {t('supervision.disclosure.link')}
        </Link>
      </Layout.Footer>
    </Layout>
  );
}
