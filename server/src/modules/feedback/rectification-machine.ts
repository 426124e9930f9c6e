import { Problem, type Bilingual } from '../../platform/errors.ts';

// 差评整改 as one table: each action names who takes it, the states it may start from and the state it
// leads to (null: the state stays, e.g. a call-back or an extension request). Guards that need more than
// the state (a real-name review must have been called back) live in the service.

export const RECTIFICATION_STATUSES = [
  'verifying',
  'appeal_review',
  'rectifying',
  'on_ledger',
  'fixed',
  'awaiting_rating',
  'closed',
] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const RECTIFICATION_ACTIONS = [
  'verify_valid',
  'verify_invalid',
  'verify_malicious',
  'uphold_appeal',
  'reject_appeal',
  'record_callback',
  'fix_now',
  'put_on_ledger',
  'request_extension',
  'decide_extension',
  'complete_ledger',
  'feed_back',
  'accept_result',
  'reopen',
  'close_unrated',
  'escalate',
] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/** Who takes an action: the handling department, the region's supervisor, the evaluator, or the system. */
export type Party = 'department' | 'supervisor' | 'evaluator' | 'system';

const OPEN: RectificationStatus[] = ['verifying', 'appeal_review', 'rectifying', 'on_ledger', 'fixed'];

export const RECTIFICATION_TRANSITIONS: Readonly<
  Record<
    RectificationAction,
    { by: Party; from: readonly RectificationStatus[]; to: RectificationStatus | null }
  >
> = {
  /** 核实: the review is founded. */
  verify_valid: { by: 'department', from: ['verifying'], to: 'rectifying' },
  /** 核实: mistaken (e.g. about another department) → 申诉复核. */
  verify_invalid: { by: 'department', from: ['verifying'], to: 'appeal_review' },
  /** 核实: malicious → 申诉复核. */
  verify_malicious: { by: 'department', from: ['verifying'], to: 'appeal_review' },
  /** 申诉复核: the supervisor agrees with the department; the rectification closes. */
  uphold_appeal: { by: 'supervisor', from: ['appeal_review'], to: 'closed' },
  /** 申诉复核: the supervisor disagrees; the department must rectify. */
  reject_appeal: { by: 'supervisor', from: ['appeal_review'], to: 'rectifying' },
  /** 回访: recorded whenever it happens before the result is fed back. */
  record_callback: { by: 'department', from: OPEN, to: null },
  /** 立行立改. */
  fix_now: { by: 'department', from: ['rectifying'], to: 'fixed' },
  /** 台账限期整改: a deadline in working days. */
  put_on_ledger: { by: 'department', from: ['rectifying'], to: 'on_ledger' },
  request_extension: { by: 'department', from: ['on_ledger'], to: null },
  decide_extension: { by: 'supervisor', from: ['on_ledger'], to: null },
  complete_ledger: { by: 'department', from: ['on_ledger'], to: 'fixed' },
  /** 反馈: the result goes to the evaluator, who rates it. */
  feed_back: { by: 'department', from: ['fixed'], to: 'awaiting_rating' },
  /** The evaluator rates the rectification (满意/基本满意, or 不满意 in the last round). */
  accept_result: { by: 'evaluator', from: ['awaiting_rating'], to: 'closed' },
  /** 不满意 with the rectification: another round. */
  reopen: { by: 'evaluator', from: ['awaiting_rating'], to: 'rectifying' },
  /** The evaluator did not rate the result in time: closed without a result rating. */
  close_unrated: { by: 'system', from: ['awaiting_rating'], to: 'closed' },
  /** Past the due date: flagged and the supervisors told. */
  escalate: { by: 'system', from: ['verifying', 'rectifying', 'on_ledger', 'fixed'], to: null },
};

export function canTake(status: RectificationStatus, action: RectificationAction): boolean {
  return RECTIFICATION_TRANSITIONS[action].from.includes(status);
}

/** The state after the action, or a 409 naming the state. */
export function nextRectificationStatus(
  status: RectificationStatus,
  action: RectificationAction,
): RectificationStatus {
  if (!canTake(status, action)) {
    throw new Problem(409, 'RECTIFICATION_ACTION_NOT_ALLOWED', {
      zh: `整改当前状态（${RECTIFICATION_STATUS_NAMES[status].zh}）不允许此操作`,
      en: `This cannot be done to a rectification that is ${RECTIFICATION_STATUS_NAMES[status].en.toLowerCase()}`,
    });
  }
  return RECTIFICATION_TRANSITIONS[action].to ?? status;
}

/** Actions a party may take now. */
export const actionsFor = (status: RectificationStatus, party: Party): RectificationAction[] =>
  RECTIFICATION_ACTIONS.filter((a) => RECTIFICATION_TRANSITIONS[a].by === party && canTake(status, a));

/** States in which the department still owes work on the clock (escalated when past due). */
export const ON_THE_CLOCK: readonly RectificationStatus[] = RECTIFICATION_TRANSITIONS.escalate.from;

export const RECTIFICATION_STATUS_NAMES: Readonly<Record<RectificationStatus, Bilingual>> = {
  verifying: { zh: '待核实', en: 'Awaiting verification' },
  appeal_review: { zh: '申诉复核中', en: 'Under appeal review' },
  rectifying: { zh: '待整改', en: 'To be rectified' },
  on_ledger: { zh: '台账限期整改', en: 'On the ledger' },
  fixed: { zh: '已整改待反馈', en: 'Fixed, to be reported back' },
  awaiting_rating: { zh: '待评价整改', en: 'Awaiting the evaluator’s rating' },
  closed: { zh: '已办结', en: 'Closed' },
};
