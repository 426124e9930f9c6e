import type { Channel, Level, OptionSetKind, Stage } from './levels.ts';
import type { RectificationStatus } from './rectification-machine.ts';

export type InquiryKind = 'complaint' | 'consultation';
/** How the evaluator rated a rectification, or an asker an answer. */
export type ResultRating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';

// Every row carries the department, region and item it is about (copied from the case or item when it
// is written), so indicators per region/department/item/period are indexed aggregates over one table.
export interface FeedbackTables {
  /** Versioned rating options; a published version never changes, a newer one supersedes it. */
  feedback_option_sets: {
    id: string;
    kind: OptionSetKind;
    version: number;
    /** RatingOption[] as JSON. */
    options: string;
    published_at: string;
    published_by: string | null;
    superseded_at: string | null;
  };
  /** A decided case whose applicant was invited to rate: the denominator of the active-rating rate. */
  feedback_invitations: {
    case_id: string;
    stage: Stage;
    applicant_person_id: string;
    applicant_organisation_id: string | null;
    department_id: string;
    region_code: string;
    service_code: string;
    service_name: string;
    case_number: string;
    invited_at: string;
    /** When a default rating is recorded if the applicant has not rated. */
    default_due_at: string;
    status: 'pending' | 'rated' | 'defaulted';
  };
  /** 好差评: one per case and stage. */
  feedback_evaluations: {
    id: string;
    case_id: string;
    stage: Stage;
    level: Level;
    is_bad: boolean | number;
    /** Recorded by the system after the configured days without a rating (counted separately). */
    is_default: boolean | number;
    option_set_id: string;
    option_set_version: number;
    /** Chosen option keys as JSON. */
    options: string;
    comment: string | null;
    channel: Channel | 'default';
    evaluator_person_id: string;
    evaluator_organisation_id: string | null;
    department_id: string;
    region_code: string;
    service_code: string;
    service_name: string;
    case_number: string;
    created_at: string;
  };
  /** 差评整改, routed to the department that handled the case. */
  feedback_rectifications: {
    id: string;
    evaluation_id: string;
    case_id: string;
    case_number: string;
    service_code: string;
    service_name: string;
    department_id: string;
    region_code: string;
    evaluator_person_id: string;
    real_name: boolean | number;
    level: Level;
    status: RectificationStatus;
    verdict: 'valid' | 'invalid' | 'malicious' | null;
    verify_note: string | null;
    /** 1, or 2 after the evaluator found the first rectification unsatisfactory. */
    round: number;
    callback_count: number;
    first_callback_at: string | null;
    /** Beijing date by which the department must have fixed it (working days). */
    due_date: string;
    fix_mode: 'immediate' | 'ledger' | null;
    fix_note: string | null;
    fixed_at: string | null;
    fixed_on_time: boolean | number | null;
    feedback_message: string | null;
    fed_back_at: string | null;
    result_rating: ResultRating | null;
    rated_at: string | null;
    appeal_note: string | null;
    escalated_at: string | null;
    opened_at: string;
    closed_at: string | null;
    version: number;
    updated_at: string;
  };
  /** What happened to a rectification, shown on its page (the audit chain holds the same facts). */
  feedback_rectification_steps: {
    id: string;
    rectification_id: string;
    at: string;
    action: string;
    actor_account_id: string | null;
    actor_name: string | null;
    note: string | null;
  };
  feedback_extensions: {
    id: string;
    rectification_id: string;
    working_days: number;
    reason: string;
    status: 'pending' | 'approved' | 'refused';
    requested_by: string | null;
    requested_at: string;
    decided_by: string | null;
    decided_at: string | null;
    decision_note: string | null;
    due_date_before: string;
    due_date_after: string | null;
  };
  /** 投诉 and 咨询. */
  feedback_inquiries: {
    id: string;
    number: string;
    kind: InquiryKind;
    status: 'open' | 'answered';
    anonymous: boolean | number;
    asker_person_id: string | null;
    asker_account_id: string | null;
    /** Keyed hash of the code an anonymous asker uses to read the answer. */
    access_code_hash: string | null;
    item_code: string | null;
    item_name: string | null;
    topic: string | null;
    case_id: string | null;
    department_id: string;
    region_code: string;
    subject: string;
    content: string;
    publish_consent: boolean | number;
    due_date: string;
    escalated_at: string | null;
    answer: string | null;
    answered_at: string | null;
    answered_by: string | null;
    answered_on_time: boolean | number | null;
    rating: ResultRating | null;
    rated_at: string | null;
    published_at: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  /** Which department answers a topic in a region (otherwise the region's service centre). */
  feedback_topic_routes: { topic: string; region_code: string; department_id: string; updated_at: string };
  /** Counters for inquiry numbers, per kind and day. */
  feedback_sequences: { scope: string; period: string; last_no: number };
}
