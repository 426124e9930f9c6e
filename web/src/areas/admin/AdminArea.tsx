import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import NotFoundPage from '../../pages/NotFoundPage';
import { CalendarCard } from './CalendarCard';
import { CatalogCard } from './CatalogCard';
import { DepartmentsCard } from './DepartmentsCard';

function AdminHome() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('admin.title')}</Typography.Title>
      <CatalogCard />
      <DepartmentsCard />
      <CalendarCard />
    </div>
  );
}

const CatalogAdmin = lazy(() => import('./catalog/CatalogAdmin'));

/** 管理: administrators. */
export default function AdminArea() {
  return (
    <Routes>
      <Route index element={<AdminHome />} />
      <Route path="catalog/*" element={<CatalogAdmin />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
