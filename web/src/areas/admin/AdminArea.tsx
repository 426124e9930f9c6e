import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import NotFoundPage from '../../pages/NotFoundPage';
import { CalendarCard } from './CalendarCard';
import { CatalogCard } from './CatalogCard';
import { DepartmentsCard } from './DepartmentsCard';
import { LicensesCard } from './licenses/shared';

function AdminHome() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('admin.title')}</Typography.Title>
      <CatalogCard />
      <DepartmentsCard />
      <LicensesCard />
      <CalendarCard />
    </div>
  );
}

const CatalogAdmin = lazy(() => import('./catalog/CatalogAdmin'));
const LicensesAdmin = lazy(() => import('./licenses/LicensesAdmin'));

/** 管理: administrators. */
export default function AdminArea() {
  return (
    <Routes>
      <Route index element={<AdminHome />} />
      <Route path="catalog/*" element={<CatalogAdmin />} />
      <Route path="licenses/*" element={<LicensesAdmin />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
