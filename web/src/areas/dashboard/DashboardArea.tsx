import { lazy } from 'react';
import { Link, Route, Routes } from 'react-router';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import NotFoundPage from '../../pages/NotFoundPage';
import { AuditCard } from './AuditCard';

const RectificationsPage = lazy(() => import('../workbench/feedback/RectificationsPage'));
const RectificationPage = lazy(() => import('../workbench/feedback/RectificationPage'));
const InquiriesPage = lazy(() => import('../workbench/feedback/InquiriesPage'));
const GrantsPage = lazy(() => import('../workbench/exchange/GrantsPage'));
const SupervisionPage = lazy(() => import('./supervision/SupervisionPage'));

function DashboardHome() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('dashboard.title')}</Typography.Title>
      <Card className="tb-card" title={<h2 className="tb-card-heading">{t('dashboard.supervision')}</h2>}>
        <ul className="tb-link-list">
          <li>
            <Link to="/dashboard/supervision">{t('supervision.title')}</Link>
          </li>
          <li>
            <Link to="/dashboard/feedback/rectifications?view=appeals">{t('dashboard.links.appeals')}</Link>
          </li>
          <li>
            <Link to="/dashboard/feedback/rectifications?view=extensions">
              {t('dashboard.links.extensions')}
            </Link>
          </li>
          <li>
            <Link to="/dashboard/feedback/rectifications?view=overdue">{t('dashboard.links.overdue')}</Link>
          </li>
          <li>
            <Link to="/dashboard/feedback/inquiries">{t('dashboard.links.inquiries')}</Link>
          </li>
          <li>
            <Link to="/dashboard/exchange/grants">{t('dashboard.links.grants')}</Link>
          </li>
        </ul>
      </Card>
      <AuditCard />
    </div>
  );
}

/** 监督: supervisors. */
export default function DashboardArea() {
  return (
    <Routes>
      <Route index element={<DashboardHome />} />
      <Route path="feedback/rectifications" element={<RectificationsPage />} />
      <Route path="feedback/rectifications/:id" element={<RectificationPage />} />
      <Route path="feedback/inquiries" element={<InquiriesPage />} />
      <Route path="exchange/grants" element={<GrantsPage />} />
      <Route path="supervision" element={<SupervisionPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
