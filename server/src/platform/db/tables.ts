import type { Generated } from 'kysely';
import type { IdentityTables } from '../../modules/identity/tables.ts';
import type { CatalogTables } from '../../modules/catalog/tables.ts';
import type { CasesTables } from '../../modules/cases/tables.ts';
import type { NotifyTables } from '../../modules/notify/tables.ts';
import type { WorkflowTables } from '../../modules/workflow/tables.ts';
import type { ExchangeTables } from '../../modules/exchange/tables.ts';
import type { LicensesTables } from '../../modules/licenses/tables.ts';
import type { FeedbackTables } from '../../modules/feedback/tables.ts';
import type { SupervisionTables } from '../../modules/supervision/tables.ts';

/**
 * Row types as the application sees them. Timestamps are ISO-8601 strings in UTC on both engines;
 * booleans may come back as 1/0 from SQLite (read them with `read.bool`); JSON columns are text
 * written with JSON.stringify (read them with `read.json`).
 */
export interface PlatformTables {
  audit_log: {
    seq: Generated<number>;
    id: string;
    at: string;
    actor_account_id: string | null;
    actor_name: string | null;
    acting_for: string | null;
    action: string;
    record_type: string;
    record_id: string | null;
    ip: string | null;
    request_id: string | null;
    detail: string;
    prev_hash: string;
    hash: string;
  };
  jobs: {
    id: string;
    kind: string;
    payload: string;
    status: 'pending' | 'running' | 'done' | 'failed';
    due_at: string;
    attempts: number;
    max_attempts: number;
    last_error: string | null;
    locked_by: string | null;
    locked_until: string | null;
    unique_key: string | null;
    created_at: string;
    updated_at: string;
    finished_at: string | null;
  };
  events: { id: string; type: string; payload: string; created_at: string };
  handled_events: { event_id: string; handler: string; handled_at: string };
  calendar_days: {
    date: string;
    kind: 'holiday' | 'workday';
    name: string;
    source: string;
    updated_at: string;
  };
  rate_limits: { key: string; window_start: string; count: number };
  /** Beijing days whose roll-up has been written (rollup-days.ts). */
  rollup_days: { day: string; rolled_at: string };
  /** A fact of a past day changed after its roll-up: the day is read raw until rolled again. */
  rollup_stale_days: { id: string; day: string; marked_at: string };
  node_keys: {
    id: string;
    algorithm: 'ed25519' | 'sm2';
    public_key: string;
    private_key_cipher: string;
    status: 'active' | 'retired';
    created_at: string;
    retired_at: string | null;
  };
  files: {
    id: string;
    name: string;
    media_type: string;
    size: number;
    visibility: 'public' | 'private';
    created_by: string | null;
    created_at: string;
  };
}

export interface Tables
  extends
    PlatformTables,
    IdentityTables,
    CatalogTables,
    CasesTables,
    NotifyTables,
    WorkflowTables,
    LicensesTables,
    ExchangeTables,
    FeedbackTables,
    SupervisionTables {}
