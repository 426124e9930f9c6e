import type { CaseRow } from './store.ts';

// The supervision roll-ups date a case's facts by its submission day (submitted, online, trips,
// materials) and by its decision day (decided, same day, on time, working days). A change to one of those
// facts touches the roll-up of the day it was dated on before and after the change.
const SUBMISSION_FACTS = [
  'submitted_at',
  'service_kind',
  'region_code',
  'department_id',
  'service_code',
  'channel',
  'trips',
  'materials_required',
  'materials_reduced',
] as const;
const DECISION_FACTS = [
  'submitted_at',
  'decided_at',
  'promised_due_date',
  'service_kind',
  'region_code',
  'department_id',
  'service_code',
] as const;

type Facts = Pick<CaseRow, (typeof SUBMISSION_FACTS)[number] | (typeof DECISION_FACTS)[number]>;

const changes = (before: Facts, set: Partial<Facts>, columns: ReadonlyArray<keyof Facts>) =>
  columns.some((k) => k in set && set[k] !== before[k]);

/** The instants whose Beijing days' roll-ups this update of a case touches (null where a date is unset). */
export function touchedFactInstants(before: Facts, set: Partial<Facts>): Array<string | null> {
  const after = { ...before, ...set };
  return [
    ...(changes(before, set, SUBMISSION_FACTS) ? [before.submitted_at, after.submitted_at] : []),
    ...(changes(before, set, DECISION_FACTS) ? [before.decided_at, after.decided_at] : []),
  ];
}
