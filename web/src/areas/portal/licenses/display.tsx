import type { ReactNode } from 'react';
import { Tag } from 'antd';
import {
  CheckCircleFilled,
  ClockCircleFilled,
  CloseCircleFilled,
  PauseCircleFilled,
  QuestionCircleFilled,
  SwapOutlined,
  WarningFilled,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LicenceSummary, Verdict } from '../../../api/licenses';
import { pickLocalized, type LocalizedText } from '../../../api/problem';
import { useDateFormat } from '../../../i18n/format';
import './licenses.css';

// Display pieces shared by the wallet, the public verification page, the staff search and admin pages.

/** Tone (colour) and icon of each licence status and verification verdict: never colour alone. */
export const VERDICT_LOOK: Record<Verdict, { tone: string; icon: ReactNode }> = {
  valid: { tone: 'green', icon: <CheckCircleFilled aria-hidden /> },
  expired: { tone: 'orange', icon: <ClockCircleFilled aria-hidden /> },
  suspended: { tone: 'gold', icon: <PauseCircleFilled aria-hidden /> },
  revoked: { tone: 'red', icon: <CloseCircleFilled aria-hidden /> },
  superseded: { tone: 'blue', icon: <SwapOutlined aria-hidden /> },
  tampered: { tone: 'red', icon: <WarningFilled aria-hidden /> },
  unknown: { tone: 'grey', icon: <QuestionCircleFilled aria-hidden /> },
  presentation_expired: { tone: 'orange', icon: <ClockCircleFilled aria-hidden /> },
};

/** A licence's status with its icon and words (the server's name for it, or a label of our own). */
export function LicenceStatusTag({
  status,
  name,
  label,
}: {
  status: Verdict;
  name?: LocalizedText;
  label?: string;
}) {
  const { i18n } = useTranslation();
  const look = VERDICT_LOOK[status];
  return (
    <Tag className={`tb-lic-tag tb-lic-tone-${look.tone}`} icon={look.icon}>
      {label ?? (name ? pickLocalized(name, i18n.language) : status)}
    </Tag>
  );
}

/** Validity in words: "2018年6月1日 至 长期". */
export function useValidity() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (l: Pick<LicenceSummary, 'validFrom' | 'validUntil'>) =>
    t('licenses.validity', {
      from: formatDate.date(l.validFrom),
      until: l.validUntil ? formatDate.date(l.validUntil) : t('licenses.longTerm'),
    });
}

/** The facts every licence shows: identifier, issuer, holder, validity. */
export function LicenceFacts({ licence, holder = true }: { licence: LicenceSummary; holder?: boolean }) {
  const { t } = useTranslation();
  const validity = useValidity();
  return (
    <dl className="tb-lic-facts">
      <div className="tb-lic-fact-wide">
        <dt>{t('licenses.identifier')}</dt>
        <dd className="tb-mono">{licence.identifier}</dd>
      </div>
      <div>
        <dt>{t('licenses.issuer')}</dt>
        <dd>{licence.issuerName}</dd>
      </div>
      {holder ? (
        <div>
          <dt>{t('licenses.holder')}</dt>
          <dd>
            {licence.holderName} <span className="tb-mono tb-note">{licence.holderCodeMasked}</span>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('licenses.validityLabel')}</dt>
        <dd>{validity(licence)}</dd>
      </div>
    </dl>
  );
}
