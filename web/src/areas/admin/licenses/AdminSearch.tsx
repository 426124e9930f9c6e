import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LicenceSearch } from '../../workbench/licenses/LicenceSearchPage';
import { StaffLicence } from '../../workbench/licenses/StaffLicencePage';
import { LicensesAdminNav } from './shared';

/** /admin/licenses/search — the staff search over every department's licences. */
export default function AdminSearch() {
  return <LicenceSearch base="/admin/licenses/search" nav={<LicensesAdminNav />} />;
}

/** /admin/licenses/search/:id */
export function AdminLicence() {
  const { t } = useTranslation();
  return (
    <StaffLicence
      base="/admin/licenses/search"
      nav={<LicensesAdminNav />}
      crumbs={[
        <Link key="admin" to="/admin">
          {t('areas.admin')}
        </Link>,
      ]}
    />
  );
}
