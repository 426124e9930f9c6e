import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Engine } from './database.ts';

/** Column types that differ between engines; migrations use these so one migration serves both. */
export interface ColumnTypes {
  engine: Engine;
  timestamp: RawBuilder<unknown>;
  bool: RawBuilder<unknown>;
  json: RawBuilder<unknown>;
  /** Auto-incrementing integer primary key (sequence numbers such as the audit chain). */
  serialPk: RawBuilder<unknown>;
  /** Bytes (uploaded files waiting to be processed). */
  binary: RawBuilder<unknown>;
  /** Fractions such as progress. */
  real: RawBuilder<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres') ? 'postgres' : 'sqlite';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function columnTypes(db: Kysely<any>): ColumnTypes {
  const engine = engineOf(db);
  const pgEngine = engine === 'postgres';
  return {
    engine,
    timestamp: pgEngine ? sql`timestamptz` : sql`text`,
    bool: pgEngine ? sql`boolean` : sql`integer`,
    json: pgEngine ? sql`jsonb` : sql`text`,
    serialPk: pgEngine ? sql`bigserial primary key` : sql`integer primary key autoincrement`,
    binary: pgEngine ? sql`bytea` : sql`blob`,
    real: pgEngine ? sql`double precision` : sql`real`,
  };
}
