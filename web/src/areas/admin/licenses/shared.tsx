import { Card, Col, Row, Typography } from 'antd';
import { FileExcelOutlined, IdcardOutlined, KeyOutlined, SearchOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import '../../portal/licenses/licenses.css';

const SECTIONS = [
  { key: 'types', path: '/admin/licenses' },
  { key: 'seals', path: '/admin/licenses/seals' },
  { key: 'import', path: '/admin/licenses/import' },
  { key: 'search', path: '/admin/licenses/search' },
] as const;

/** 电子证照 admin sections as wrapping links (44 px tall). */
export function LicensesAdminNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = SECTIONS.slice(1).find((s) => pathname.startsWith(s.path))?.key ?? 'types';
  return (
    <nav aria-label={t('licenses.admin.nav')} className="tb-subnav">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Link
              to={section.path}
              className={section.key === current ? 'tb-subnav-current' : undefined}
              aria-current={section.key === current ? 'page' : undefined}
            >
              {t(`licenses.admin.section.${section.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The admin page head: the area title and the section links. */
export function LicensesAdminHead() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={1}>{t('licenses.admin.title')}</Typography.Title>
      <LicensesAdminNav />
    </>
  );
}

/** The admin home's way into the licence pages. */
export function LicensesCard() {
  const { t } = useTranslation();
  const links = [
    { key: 'types', to: '/admin/licenses', icon: <IdcardOutlined /> },
    { key: 'seals', to: '/admin/licenses/seals', icon: <KeyOutlined /> },
    { key: 'import', to: '/admin/licenses/import', icon: <FileExcelOutlined /> },
    { key: 'search', to: '/admin/licenses/search', icon: <SearchOutlined /> },
  ] as const;
  return (
    <Card className="tb-card" title={<h2 className="tb-card-heading">{t('licenses.admin.title')}</h2>}>
      <Typography.Paragraph>{t('licenses.admin.homeIntro')}</Typography.Paragraph>
      <Row gutter={[12, 12]} role="list">
        {links.map((link) => (
          <Col xs={24} sm={12} lg={6} key={link.key} role="listitem">
            <Link to={link.to} className="tb-admin-tile">
              <span className="tb-topic-icon" aria-hidden>
                {link.icon}
              </span>
              <span className="tb-admin-tile-title">{t(`licenses.admin.section.${link.key}`)}</span>
              <span className="tb-note">{t(`licenses.admin.home.${link.key}`)}</span>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
