import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import NotFoundPage from '../../../pages/NotFoundPage';
import ItemsListPage from './ItemsListPage';

const ItemCreatePage = lazy(() => import('./ItemCreatePage'));
const ItemEditorPage = lazy(() => import('./ItemEditorPage'));
const BundlesListPage = lazy(() => import('./BundlesListPage'));
const BundleEditorPage = lazy(() => import('./BundleEditorPage'));
const BundleCreatePage = lazy(() =>
  import('./BundleEditorPage').then((m) => ({ default: m.BundleCreatePage })),
);
const ImportPage = lazy(() => import('./ImportPage'));
const SynonymsPage = lazy(() => import('./SynonymsPage'));

/** /admin/catalog/*: the service catalogue (items, bundles, import/export, synonyms). */
export default function CatalogAdmin() {
  return (
    <Routes>
      <Route index element={<ItemsListPage />} />
      <Route path="items/new" element={<ItemCreatePage />} />
      <Route path="items/:id" element={<ItemEditorPage />} />
      <Route path="bundles" element={<BundlesListPage />} />
      <Route path="bundles/new" element={<BundleCreatePage />} />
      <Route path="bundles/:id" element={<BundleEditorPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path="synonyms" element={<SynonymsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
