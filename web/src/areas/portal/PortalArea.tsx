import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireArea } from '../../auth/RequireArea';
import NotFoundPage from '../../pages/NotFoundPage';
import PortalHome from './PortalHome';
import { ProfilePage } from './ProfilePage';

const SearchPage = lazy(() => import('./SearchPage'));
const ItemGuidePage = lazy(() => import('./ItemGuidePage'));
const BundlePage = lazy(() => import('./BundlePage'));
const PowerListPage = lazy(() => import('./PowerListPage'));

/** 门户: public welcome, service search and guides, and the citizen's own pages. */
export default function PortalArea() {
  return (
    <Routes>
      <Route index element={<PortalHome />} />
      <Route path="search" element={<SearchPage />} />
      <Route path="items/:id" element={<ItemGuidePage />} />
      <Route path="bundles/:id" element={<BundlePage />} />
      <Route path="power-list" element={<PowerListPage />} />
      <Route
        path="profile"
        element={
          <RequireArea area="portal" citizenOnly>
            <ProfilePage />
          </RequireArea>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
