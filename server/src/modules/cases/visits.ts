import { Problem } from '../../platform/errors.ts';
import { beijingDate } from '../workflow/deadlines.ts';
import type { CaseStatus } from './tables.ts';

export type VisitKind = 'submission' | 'collection' | 'supplement';

export interface Visit {
  kind: VisitKind;
  /** ISO instant. */
  at: string;
}

/** States with a result (licence, refusal or decision) the applicant can take home. */
const WITH_RESULT: readonly CaseStatus[] = ['approved', 'denied', 'not_accepted', 'completed'];

/**
 * Whether a visit to a window is one more trip (跑动次数). Coming back on another day is a trip; taking the
 * result home on the day the applicant was already at a window (filed there, decided on the spot) is the
 * same trip. A result is collected once, and only when there is one.
 */
export function visitAddsTrip(
  previous: readonly Visit[],
  kind: VisitKind,
  at: Date,
  status: CaseStatus,
): boolean {
  if (kind === 'collection') {
    if (!WITH_RESULT.includes(status))
      throw new Problem(409, 'NO_RESULT_TO_COLLECT', {
        zh: '办件尚未办结，没有可领取的结果',
        en: 'The case has no result to collect yet',
      });
    if (previous.some((v) => v.kind === 'collection'))
      throw new Problem(409, 'RESULT_ALREADY_COLLECTED', {
        zh: '办理结果已领取，无需重复登记',
        en: 'The result has already been collected',
      });
  }
  const today = beijingDate(at);
  return !previous.some((v) => beijingDate(new Date(v.at)) === today);
}
