import { Route, Routes } from 'react-router';
import { RequireArea } from '../../auth/RequireArea';
import NotFoundPage from '../../pages/NotFoundPage';
import PortalHome from './PortalHome';
import { ProfilePage } from './ProfilePage';

/** 门户: public welcome and the citizen's own pages. */
export default function PortalArea() {
  return (
    <Routes>
      <Route index element={<PortalHome />} />
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
