import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

// Owned by the platform: the node's signing keys (access log entries, node-to-node messages).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('node_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('algorithm', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key_cipher', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('retired_at', t.timestamp)
    .execute();
  // One active key: two instances starting together cannot both create one.
  await db.schema
    .createIndex('node_keys_one_active')
    .on('node_keys')
    .column('status')
    .unique()
    .where('status', '=', 'active')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('node_keys').execute();
}
