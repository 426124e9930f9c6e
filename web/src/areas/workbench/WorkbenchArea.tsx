import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import NotFoundPage from '../../pages/NotFoundPage';
import { WorkbenchHome } from './WorkbenchHome';

const TaskInboxPage = lazy(() => import('./TaskInboxPage'));
const TaskPage = lazy(() => import('./TaskPage'));
const WindowIntakePage = lazy(() => import('./WindowIntakePage'));
const RectificationsPage = lazy(() => import('./feedback/RectificationsPage'));
const RectificationPage = lazy(() => import('./feedback/RectificationPage'));
const InquiriesPage = lazy(() => import('./feedback/InquiriesPage'));
const ResourcesPage = lazy(() => import('./exchange/ResourcesPage'));
const ResourceEditPage = lazy(() => import('./exchange/ResourceEditPage'));
const GrantsPage = lazy(() => import('./exchange/GrantsPage'));
const LicenceSearchPage = lazy(() => import('./licenses/LicenceSearchPage'));
const StaffLicencePage = lazy(() => import('./licenses/StaffLicencePage'));

/** 工作台: window staff, reviewers, leaders and data stewards. */
export default function WorkbenchArea() {
  return (
    <Routes>
      <Route index element={<WorkbenchHome />} />
      <Route path="tasks" element={<TaskInboxPage />} />
      <Route path="tasks/:id" element={<TaskPage />} />
      <Route path="intake" element={<WindowIntakePage />} />
      <Route path="feedback/rectifications" element={<RectificationsPage />} />
      <Route path="feedback/rectifications/:id" element={<RectificationPage />} />
      <Route path="feedback/inquiries" element={<InquiriesPage />} />
      <Route path="exchange/resources" element={<ResourcesPage />} />
      <Route path="exchange/resources/new" element={<ResourceEditPage />} />
      <Route path="exchange/resources/:code" element={<ResourceEditPage />} />
      <Route path="exchange/grants" element={<GrantsPage />} />
      <Route path="licenses" element={<LicenceSearchPage />} />
      <Route path="licenses/:id" element={<StaffLicencePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
