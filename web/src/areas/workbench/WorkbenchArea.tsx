import { Route, Routes } from 'react-router';
import NotFoundPage from '../../pages/NotFoundPage';
import { WorkbenchHome } from './WorkbenchHome';

/** 工作台: window staff, reviewers, leaders and data stewards. */
export default function WorkbenchArea() {
  return (
    <Routes>
      <Route index element={<WorkbenchHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
