import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

// Owned by the identity module: display preferences that follow a person from device to device
// (长辈模式 and the UI language), kept on their account. A null language means none chosen yet.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  const off = t.engine === 'postgres' ? sql`false` : sql`0`;
  await db.schema
    .alterTable('accounts')
    .addColumn('senior_mode', t.bool, (c) => c.notNull().defaultTo(off))
    .execute();
  await db.schema.alterTable('accounts').addColumn('language', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('language').execute();
  await db.schema.alterTable('accounts').dropColumn('senior_mode').execute();
}
