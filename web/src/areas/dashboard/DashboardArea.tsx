import { Route, Routes } from 'react-router';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import NotFoundPage from '../../pages/NotFoundPage';
import { AuditCard } from './AuditCard';

function DashboardHome() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('dashboard.title')}</Typography.Title>
      <AuditCard />
    </div>
  );
}

/** 监督: supervisors. */
export default function DashboardArea() {
  return (
    <Routes>
      <Route index element={<DashboardHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
