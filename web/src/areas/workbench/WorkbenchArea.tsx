import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import NotFoundPage from '../../pages/NotFoundPage';
import { WorkbenchHome } from './WorkbenchHome';

const TaskInboxPage = lazy(() => import('./TaskInboxPage'));
const TaskPage = lazy(() => import('./TaskPage'));
const WindowIntakePage = lazy(() => import('./WindowIntakePage'));

/** 工作台: window staff, reviewers, leaders and data stewards. */
export default function WorkbenchArea() {
  return (
    <Routes>
      <Route index element={<WorkbenchHome />} />
      <Route path="tasks" element={<TaskInboxPage />} />
      <Route path="tasks/:id" element={<TaskPage />} />
      <Route path="intake" element={<WindowIntakePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
