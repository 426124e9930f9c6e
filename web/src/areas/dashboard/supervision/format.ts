import type { TFunction } from 'i18next';
import type { Definition } from '../../../api/supervision';

/** An indicator value as people read it: 85.7%, 1.25 个工作日, 142.86 …; "—" when there is none. */
export function formatIndicator(t: TFunction, unit: Definition['unit'], value: number | null | undefined) {
  if (value === null || value === undefined) return t('supervision.none');
  if (unit === 'rate') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'days') return t('supervision.units.days', { value: value.toFixed(2) });
  if (unit === 'trips') return t('supervision.units.trips', { value: value.toFixed(2) });
  if (unit === 'per1000') return value.toFixed(2);
  return value.toLocaleString();
}
