import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import NotFoundPage from '../../../pages/NotFoundPage';

const TypesPage = lazy(() => import('./TypesPage'));
const TypeEditPage = lazy(() => import('./TypeEditPage'));
const SealsPage = lazy(() => import('./SealsPage'));
const LicenceImportPage = lazy(() => import('./LicenceImportPage'));
const AdminSearch = lazy(() => import('./AdminSearch'));
const AdminLicence = lazy(() => import('./AdminSearch').then((m) => ({ default: m.AdminLicence })));

/** /admin/licenses/* — licence types, seal keys, bulk import and search. */
export default function LicensesAdmin() {
  return (
    <Routes>
      <Route index element={<TypesPage />} />
      <Route path="types/new" element={<TypeEditPage />} />
      <Route path="types/:code" element={<TypeEditPage />} />
      <Route path="seals" element={<SealsPage />} />
      <Route path="import" element={<LicenceImportPage />} />
      <Route path="search" element={<AdminSearch />} />
      <Route path="search/:id" element={<AdminLicence />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
