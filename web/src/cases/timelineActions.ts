// Case timeline action codes as the server writes them (server/src/modules/cases): one list for the
// portal (what applicants see) and the workbench (which also sees internal entries).

/** Entries applicants see. */
export const PUBLIC_TIMELINE_ACTIONS = [
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
  'auto_review_failed',
  'step_done',
  'issued',
  'verification_passed',
  'external_pending',
  'material_supplied',
  'visit_collection',
  'visit_supplement',
] as const;

/** Every entry, internal ones (opinions, returns, comments) included: what staff see. */
export const TIMELINE_ACTIONS = [
  ...PUBLIC_TIMELINE_ACTIONS,
  'review_agree',
  'review_disagree',
  'returned',
  'comment',
] as const;
