import { FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ServiceKind } from '../../../api/cases';
import { useMe } from '../../../auth/session';
import { LinkButton } from '../../../components/LinkButton';

/**
 * 在线申请 on a guide: citizens go to the application wizard, visitors log in first and come back;
 * staff accounts do not apply.
 */
export function ApplyButton({ kind, code }: { kind: ServiceKind; code: string }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending || (me.data && me.data.kind !== 'citizen')) return null;
  return (
    <LinkButton
      to={`/portal/apply/${kind}/${encodeURIComponent(code)}`}
      type="primary"
      size="large"
      icon={<FormOutlined aria-hidden />}
    >
      {t('portalCases.applyOnline')}
    </LinkButton>
  );
}
