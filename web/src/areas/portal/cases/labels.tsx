import { useCallback } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseMaterial, CaseStatus } from '../../../api/cases';
import { pickLocalized, type LocalizedText } from '../../../api/problem';
import { useDateFormat } from '../../../i18n/format';
import { PUBLIC_TIMELINE_ACTIONS } from '../../../cases/timelineActions';

/**
 * One colour per status: blue while it runs, orange when the applicant must act, green/red once decided.
 * Dark text on a light tint (antd's preset tag colours are below 4.5:1 contrast); see cases.css.
 */
export const STATUS_TONES: Record<CaseStatus, string> = {
  draft: 'grey',
  waiting: 'purple',
  submitted: 'blue',
  correction_requested: 'orange',
  in_review: 'blue',
  suspended: 'gold',
  in_progress: 'cyan',
  approved: 'green',
  completed: 'green',
  not_accepted: 'red',
  denied: 'red',
  withdrawn: 'grey',
  revoked: 'volcano',
  cancelled: 'grey',
};

export function StatusTag({ status, name }: { status: CaseStatus; name: LocalizedText }) {
  const { i18n } = useTranslation();
  return (
    <Tag className={`tb-status-tag tb-tone-${STATUS_TONES[status]}`}>
      {pickLocalized(name, i18n.language)}
    </Tag>
  );
}

/** Timeline actions with a label of their own; anything newer shows its code. */
const ACTIONS = PUBLIC_TIMELINE_ACTIONS;
type Action = (typeof ACTIONS)[number];
const isAction = (value: string): value is Action => (ACTIONS as readonly string[]).includes(value);

export function useActionLabel() {
  const { t } = useTranslation();
  return useCallback(
    (action: string) => (isAction(action) ? t(`portalCases.action.${action}`) : action),
    [t],
  );
}

/** How a material was (or will be) provided, in words. */
export function useMaterialSource() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return useCallback(
    (m: Pick<CaseMaterial, 'status' | 'source' | 'fileIds' | 'pledgeDueDate' | 'reference'>): string => {
      if (m.status === 'pledged')
        return t('portalCases.source.pledged', { date: formatDate.date(m.pledgeDueDate) });
      if (m.status === 'missing') return t('portalCases.source.missing');
      switch (m.source) {
        case 'upload':
          return t('portalCases.source.upload', { count: m.fileIds.length });
        case 'licence':
          return m.reference?.provider
            ? t('portalCases.source.licenceFrom', { provider: m.reference.provider })
            : t('portalCases.source.licence');
        case 'shared_data':
          return m.reference?.provider
            ? t('portalCases.source.sharedDataFrom', { provider: m.reference.provider })
            : t('portalCases.source.sharedData');
        case 'commitment':
          return t('portalCases.source.commitment');
        case 'window':
          return t('portalCases.source.window');
        case 'waived':
          return t('portalCases.source.waived');
        default:
          return t('portalCases.source.provided');
      }
    },
    [t, formatDate],
  );
}
