export type CaseStatus =
  | 'draft'
  | 'waiting'
  | 'submitted'
  | 'correction_requested'
  | 'not_accepted'
  | 'in_review'
  | 'suspended'
  | 'approved'
  | 'denied'
  | 'withdrawn'
  | 'revoked'
  | 'cancelled'
  | 'in_progress'
  | 'completed';

export type Channel = 'online' | 'mobile' | 'window' | 'self_service' | 'forwarded';
export type MaterialSource = 'upload' | 'licence' | 'shared_data' | 'commitment' | 'waived' | 'window';
export type MaterialStatus = 'provided' | 'pledged' | 'missing';

export interface CasesTables {
  /** Human-readable numbers: one counter per scope (a region's cases, a department's notices) and period. */
  case_sequences: { scope: string; period: string; last_no: number };
  /** 办件: one row per application; a bundle is a parent case with one child case per item. */
  cases: {
    id: string;
    case_number: string | null;
    /** Random code printed in the QR link so the public check page cannot be enumerated. */
    check_code: string;
    service_kind: 'item' | 'bundle';
    parent_id: string | null;
    service_id: string;
    service_version_id: string;
    service_code: string;
    service_name: string;
    department_id: string | null;
    region_code: string;
    applicant_kind: 'person' | 'organisation';
    applicant_person_id: string;
    applicant_organisation_id: string | null;
    applicant_name: string;
    filed_by_account_id: string;
    window_staff_account_id: string | null;
    channel: Channel;
    status: CaseStatus;
    /** The form data, encrypted: it holds personal data such as ID numbers. */
    form_cipher: string;
    commitment_signed: boolean | number;
    correction_used: boolean | number;
    submitted_at: string | null;
    acceptance_due_at: string | null;
    accepted_at: string | null;
    deemed_accepted: boolean | number;
    promised_due_date: string | null;
    statutory_due_date: string | null;
    decided_at: string | null;
    decision: 'approved' | 'denied' | null;
    decision_reason: string | null;
    decision_basis: string | null;
    closed_at: string | null;
    suspended_at: string | null;
    suspension: string | null;
    suspended_working_days: number;
    /** What the case produced (result name, document number, values later items reuse) as JSON. */
    result: string | null;
    /** 秒批 rule trace as JSON. */
    auto_trace: string | null;
    trips: number;
    /** Required material rows of the case, and those a licence, shared data, a commitment or a waiver supplied
     *  (kept with the rows, store.refreshMaterialCounts): the materials indicator sums these. */
    materials_required: number;
    materials_reduced: number;
    idempotency_key: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  /** Every material the item asks for, and where it came from. */
  case_materials: {
    id: string;
    case_id: string;
    material_key: string;
    name: string;
    necessity: 'required' | 'optional' | 'conditional';
    status: MaterialStatus;
    source: MaterialSource | null;
    file_ids: string;
    /** Where a non-uploaded material came from (licence, data resource, prerequisite case) as JSON. */
    reference: string | null;
    pledge_due_date: string | null;
    supplied_at: string | null;
    updated_at: string;
  };
  /** Timeline: what happened, shown to the applicant when public (without staff names). */
  case_timeline: {
    id: string;
    case_id: string;
    at: string;
    action: string;
    step_name: string | null;
    department_id: string | null;
    visibility: 'public' | 'internal';
    note: string | null;
    actor_account_id: string | null;
  };
  /** 文书: the data of each notice issued; the PDF is rendered from it on request. */
  case_notices: {
    id: string;
    case_id: string;
    kind: string;
    number: string;
    issued_at: string;
    data: string;
  };
  /** On-site visits (跑动次数). */
  case_visits: {
    id: string;
    case_id: string;
    kind: 'submission' | 'collection' | 'supplement';
    at: string;
    staff_account_id: string | null;
    department_id: string | null;
  };
  /** Failed commitments and similar: block 告知承诺 and 容缺受理 for the subject until cleared. */
  credit_marks: {
    id: string;
    subject_kind: 'person' | 'organisation';
    subject_id: string;
    case_id: string | null;
    reason: string;
    created_at: string;
    cleared_at: string | null;
  };
}
