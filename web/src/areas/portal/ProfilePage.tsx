import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/session';
import { usePageTitle } from '../../components/usePageTitle';
import { ProfileCard } from './ProfileCard';

/** /portal/profile: the citizen's own page (RequireArea guarantees a logged-in citizen). */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const me = useMe();
  if (!me.data) return null;
  return (
    <div className="tb-page">
      <ProfileCard me={me.data} headingLevel={1} />
    </div>
  );
}
