export type ShareType = 'unconditional' | 'conditional' | 'none';
export type ResourceStatus = 'draft' | 'published';
export type GrantStatus = 'pending' | 'approved' | 'refused';
export type BreakerState = 'closed' | 'open' | 'half_open';

export interface ExchangeTables {
  /** 政务信息资源目录: one row per data resource a provider department shares. */
  exchange_resources: {
    id: string;
    /** The slug materials name in `dataResource`, e.g. `household_registration`. */
    code: string;
    /** Catalogue code: 类 (1) 项 (2) 目 (3) digits, then a sequence, e.g. `101010001`. */
    catalogue_code: string;
    name: string;
    provider_department_id: string;
    abstract: string;
    /** JSON DataItem[]. */
    items: string;
    share_type: ShareType;
    share_condition: string | null;
    legal_basis: string | null;
    update_cycle: string;
    /** JSON string[]: material concepts the resource can stand in for. */
    stands_for: string;
    connector_kind: 'dataset' | 'http';
    http_url: string | null;
    http_timeout_ms: number | null;
    http_secret_cipher: string | null;
    status: ResourceStatus;
    version: number;
    created_at: string;
    updated_at: string;
    published_at: string | null;
  };
  /** Demo dataset providers: one row per (resource, subject); values encrypted. */
  exchange_records: {
    id: string;
    resource_code: string;
    subject_hash: string;
    values_cipher: string;
    recorded_at: string;
  };
  exchange_grants: {
    id: string;
    resource_id: string;
    consumer_department_id: string;
    provider_department_id: string;
    purpose: string;
    /** JSON string[]: data item keys asked for. */
    fields: string;
    /** JSON string[]: implementation codes of the items the data serves. */
    item_codes: string;
    status: GrantStatus;
    requested_by: string | null;
    requested_at: string;
    due_date: string;
    decided_by: string | null;
    decided_at: string | null;
    reasons: string | null;
    escalated_at: string | null;
  };
  /** Hash-chained, node-signed record of every use of shared data (and of licences: `licence:<type>`). */
  exchange_access_log: {
    seq: number;
    id: string;
    at: string;
    resource_code: string;
    provider_department_id: string | null;
    consumer_department_id: string | null;
    /** Free-text consumer for uses outside a department (e.g. a licence shown to an organisation). */
    consumer_label: string | null;
    subject_hash: string;
    /** JSON string[]: data item keys returned. */
    fields: string;
    purpose: string;
    case_id: string | null;
    task_id: string | null;
    actor_account_id: string | null;
    found: boolean | number;
    prev_hash: string;
    hash: string;
    key_id: string;
    signature: string;
  };
  /** Circuit breaker per HTTP-connected resource, shared by every instance. */
  exchange_breakers: {
    resource_code: string;
    state: BreakerState;
    failures: number;
    opened_at: string | null;
    updated_at: string;
  };
}
