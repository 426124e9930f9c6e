import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

// Owned by the notify module: inbox messages and their email/SMS deliveries.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('notify_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('body_zh', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('case_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('read_at', t.timestamp)
    .execute();
  // The inbox pages newest first by id (UUIDv7, time-ordered) and counts unread ones per person.
  await db.schema
    .createIndex('notify_messages_person')
    .on('notify_messages')
    .columns(['person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('notify_messages_unread')
    .on('notify_messages')
    .columns(['person_id', 'read_at'])
    .execute();

  await db.schema
    .createTable('notify_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().references('notify_messages.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient_masked', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('sent_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('notify_deliveries_message')
    .on('notify_deliveries')
    .column('message_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notify_deliveries').execute();
  await db.schema.dropTable('notify_messages').execute();
}
