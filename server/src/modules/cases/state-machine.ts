import { Problem } from '../../platform/errors.ts';
import type { CaseStatus } from './tables.ts';

// The case (办件) life cycle as one table: each action names the states it may start from and the state
// it leads to. Everything not in the table is refused. Guards that need more than the state (a second
// correction, outstanding pledged materials) live in the service.

export const CASE_ACTIONS = [
  'submit',
  'submit_bundle',
  'wait',
  'start',
  'cancel',
  'accept',
  'deem_accept',
  'request_correction',
  'resubmit',
  'refuse',
  'auto_approve',
  'commitment_approve',
  'suspend',
  'resume',
  'approve',
  'deny',
  'withdraw',
  'revoke',
  'complete_bundle',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_STATUSES = [
  'draft',
  'waiting',
  'submitted',
  'correction_requested',
  'not_accepted',
  'in_review',
  'suspended',
  'approved',
  'denied',
  'withdrawn',
  'revoked',
  'cancelled',
  'in_progress',
  'completed',
] as const satisfies readonly CaseStatus[];

export const TRANSITIONS: Readonly<Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus }>> = {
  /** An item application is filed. */
  submit: { from: ['draft'], to: 'submitted' },
  /** A bundle application is filed: the parent runs while its children do. */
  submit_bundle: { from: ['draft'], to: 'in_progress' },
  /** A bundle child waits for its prerequisites. */
  wait: { from: ['draft'], to: 'waiting' },
  /** Its prerequisites are approved: it is filed with their results. */
  start: { from: ['waiting'], to: 'submitted' },
  /** A prerequisite failed, so it can never start. */
  cancel: { from: ['waiting'], to: 'cancelled' },
  accept: { from: ['submitted'], to: 'in_review' },
  /** Nobody accepted nor notified within the limit (行政许可法 art. 32). */
  deem_accept: { from: ['submitted'], to: 'in_review' },
  /** 一次性告知. */
  request_correction: { from: ['submitted'], to: 'correction_requested' },
  resubmit: { from: ['correction_requested'], to: 'submitted' },
  /** 不予受理. */
  refuse: { from: ['submitted', 'correction_requested'], to: 'not_accepted' },
  /** 秒批: right after the system's own acceptance. */
  auto_approve: { from: ['in_review'], to: 'approved' },
  /** 告知承诺: approved at once on the applicant's signed commitment, right after acceptance. */
  commitment_approve: { from: ['in_review'], to: 'approved' },
  /** 特别程序 or an overdue pledged material: the clock stops. */
  suspend: { from: ['in_review'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'approved' },
  deny: { from: ['in_review'], to: 'denied' },
  withdraw: {
    from: ['waiting', 'submitted', 'correction_requested', 'in_review', 'suspended', 'in_progress'],
    to: 'withdrawn',
  },
  /** A failed post-approval verification revokes the decision. */
  revoke: { from: ['approved'], to: 'revoked' },
  complete_bundle: { from: ['in_progress'], to: 'completed' },
};

/** States a case never leaves (except approved → revoked). */
export const FINAL_STATUSES: readonly CaseStatus[] = [
  'not_accepted',
  'approved',
  'denied',
  'withdrawn',
  'revoked',
  'cancelled',
  'completed',
];

export function canTransition(status: CaseStatus, action: CaseAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** The state the action leads to, or a 409 problem naming the state and the action. */
export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus {
  if (!canTransition(status, action)) {
    throw new Problem(409, 'CASE_ACTION_NOT_ALLOWED', {
      zh: `办件当前状态（${STATUS_NAMES[status].zh}）不允许此操作`,
      en: `A case that is ${STATUS_NAMES[status].en} cannot be ${ACTION_NAMES[action].en}`,
    });
  }
  return TRANSITIONS[action].to;
}

export function allowedActions(status: CaseStatus): CaseAction[] {
  return CASE_ACTIONS.filter((action) => canTransition(status, action));
}

export const STATUS_NAMES: Readonly<Record<CaseStatus, { zh: string; en: string }>> = {
  draft: { zh: '草稿', en: 'a draft' },
  waiting: { zh: '等待前置事项', en: 'waiting for a prerequisite' },
  submitted: { zh: '待受理', en: 'awaiting acceptance' },
  correction_requested: { zh: '待补正', en: 'awaiting correction' },
  not_accepted: { zh: '不予受理', en: 'not accepted' },
  in_review: { zh: '审查中', en: 'in review' },
  suspended: { zh: '已暂停计时', en: 'suspended' },
  approved: { zh: '准予', en: 'approved' },
  denied: { zh: '不予许可', en: 'denied' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  revoked: { zh: '已撤销', en: 'revoked' },
  cancelled: { zh: '已取消', en: 'cancelled' },
  in_progress: { zh: '办理中', en: 'in progress' },
  completed: { zh: '已办结', en: 'completed' },
};

const ACTION_NAMES: Readonly<Record<CaseAction, { en: string }>> = {
  submit: { en: 'submitted' },
  submit_bundle: { en: 'submitted' },
  wait: { en: 'put on hold' },
  start: { en: 'started' },
  cancel: { en: 'cancelled' },
  accept: { en: 'accepted' },
  deem_accept: { en: 'deemed accepted' },
  request_correction: { en: 'sent back for correction' },
  resubmit: { en: 'resubmitted' },
  refuse: { en: 'refused' },
  auto_approve: { en: 'approved automatically' },
  commitment_approve: { en: 'approved on commitment' },
  suspend: { en: 'suspended' },
  resume: { en: 'resumed' },
  approve: { en: 'approved' },
  deny: { en: 'denied' },
  withdraw: { en: 'withdrawn' },
  revoke: { en: 'revoked' },
  complete_bundle: { en: 'completed' },
};
