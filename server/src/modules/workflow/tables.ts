export type TaskKind = 'accept' | 'review' | 'branch' | 'decide' | 'issue' | 'verification';
export type TaskStatus = 'open' | 'claimed' | 'waiting' | 'done' | 'cancelled';
export type DeadlineLevel = 'normal' | 'warning' | 'overdue';

export interface WorkflowTables {
  /** 待办: one unit of staff (or department-system) work on a case. */
  tasks: {
    id: string;
    case_id: string;
    step_key: string;
    step_name: string;
    kind: TaskKind;
    department_id: string;
    role: 'window' | 'reviewer' | 'leader';
    status: TaskStatus;
    assignee_account_id: string | null;
    /** A parallel branch's step key (branches of one step merge into it). */
    parent_step_key: string | null;
    external_system: string | null;
    external_state: 'pushing' | 'pushed' | 'failed' | null;
    external_reference: string | null;
    started_at: string;
    due_date: string | null;
    /** Day the yellow warning starts (a share of the budget used, see TONGBAN_DEADLINE_WARN_PERCENT). */
    warn_date: string | null;
    budget_days: number;
    warned_level: DeadlineLevel;
    completed_at: string | null;
    completed_by: string | null;
    outcome: string | null;
    opinion: string | null;
    /** Kind-specific data (verification method) as JSON. */
    data: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  /** Departments' own systems that can take a step: endpoint and shared secret (encrypted). */
  external_systems: {
    code: string;
    name: string;
    department_id: string;
    endpoint_url: string;
    secret_cipher: string;
    created_at: string;
    updated_at: string;
  };
  /** Nonces of accepted callbacks within the signature window (replay protection). */
  external_nonces: { system_code: string; nonce: string; received_at: string };
}
