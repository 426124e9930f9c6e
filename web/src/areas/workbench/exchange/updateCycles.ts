import i18n from '../../../i18n';

/** The update cycles a resource's provider may state; stored as these Chinese values, shown translated. */
const CYCLE_KEYS = {
  实时: 'realtime',
  每日: 'daily',
  每周: 'weekly',
  每月: 'monthly',
  每季度: 'quarterly',
  每年: 'yearly',
} as const;

type Cycle = keyof typeof CYCLE_KEYS;

export const UPDATE_CYCLES = Object.keys(CYCLE_KEYS) as Cycle[];

/** The cycle in the UI language; a value typed elsewhere (e.g. imported) is shown as it is. */
export function updateCycleLabel(value: string): string {
  const key = CYCLE_KEYS[value as Cycle];
  return key ? i18n.t(`shell.updateCycles.${key}`) : value;
}
