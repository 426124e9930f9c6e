import { lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequireArea } from '../../auth/RequireArea';
import NotFoundPage from '../../pages/NotFoundPage';
import PortalHome from './PortalHome';
import { ProfilePage } from './ProfilePage';

const SearchPage = lazy(() => import('./SearchPage'));
const ItemGuidePage = lazy(() => import('./ItemGuidePage'));
const BundlePage = lazy(() => import('./BundlePage'));
const PowerListPage = lazy(() => import('./PowerListPage'));
const ApplyStart = lazy(() => import('./cases/ApplyStart'));
const ApplyWizard = lazy(() => import('./cases/ApplyWizard'));
const SubmittedPage = lazy(() => import('./cases/SubmittedPage'));
const MyCasesPage = lazy(() => import('./cases/MyCasesPage'));
const CaseDetailPage = lazy(() => import('./cases/CaseDetailPage'));
const MessagesPage = lazy(() => import('./cases/MessagesPage'));
const MyInquiriesPage = lazy(() => import('./feedback/MyInquiriesPage'));
const RectificationRatingPage = lazy(() => import('./feedback/RectificationRatingPage'));
const DataAccessPage = lazy(() => import('./exchange/DataAccessPage'));
const WalletPage = lazy(() => import('./licenses/WalletPage'));
const LicenceDetailPage = lazy(() => import('./licenses/LicenceDetailPage'));

/** The applicant's own pages: citizens only (anonymous visitors log in and come back). */
const citizen = (page: ReactNode) => (
  <RequireArea area="portal" citizenOnly>
    {page}
  </RequireArea>
);

/** 门户: public welcome, service search and guides, and the citizen's own pages. */
export default function PortalArea() {
  return (
    <Routes>
      <Route index element={<PortalHome />} />
      <Route path="search" element={<SearchPage />} />
      <Route path="items/:id" element={<ItemGuidePage />} />
      <Route path="bundles/:id" element={<BundlePage />} />
      <Route path="power-list" element={<PowerListPage />} />
      <Route path="apply/:kind/:code" element={citizen(<ApplyStart />)} />
      <Route path="cases" element={citizen(<MyCasesPage />)} />
      <Route path="cases/:id" element={citizen(<CaseDetailPage />)} />
      <Route path="cases/:id/edit" element={citizen(<ApplyWizard />)} />
      <Route path="cases/:id/submitted" element={citizen(<SubmittedPage />)} />
      <Route path="messages" element={citizen(<MessagesPage />)} />
      <Route path="data-access" element={citizen(<DataAccessPage />)} />
      <Route path="licenses" element={citizen(<WalletPage />)} />
      <Route path="licenses/:id" element={citizen(<LicenceDetailPage />)} />
      <Route path="feedback/inquiries" element={citizen(<MyInquiriesPage />)} />
      <Route path="feedback/rectifications/:id" element={citizen(<RectificationRatingPage />)} />
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
