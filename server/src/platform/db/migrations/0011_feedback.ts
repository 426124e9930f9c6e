import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

// Owned by the feedback module: 好差评, rectifications, complaints and consultations. Indexes lead with
// region, department or item and then time, so indicators are indexed aggregate queries.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('feedback_option_sets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('published_at', t.timestamp, (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addColumn('superseded_at', t.timestamp)
    .addUniqueConstraint('feedback_option_sets_version', ['kind', 'version'])
    .execute();

  await db.schema
    .createTable('feedback_invitations')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('applicant_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('applicant_organisation_id', 'text')
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('service_code', 'text', (c) => c.notNull())
    .addColumn('service_name', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text', (c) => c.notNull())
    .addColumn('invited_at', t.timestamp, (c) => c.notNull())
    .addColumn('default_due_at', t.timestamp, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_invitations_pk', ['case_id', 'stage'])
    .execute();
  await db.schema
    .createIndex('feedback_invitations_due')
    .on('feedback_invitations')
    .columns(['status', 'default_due_at'])
    .execute();
  await db.schema
    .createIndex('feedback_invitations_region')
    .on('feedback_invitations')
    .columns(['region_code', 'invited_at'])
    .execute();
  await db.schema
    .createIndex('feedback_invitations_department')
    .on('feedback_invitations')
    .columns(['department_id', 'invited_at'])
    .execute();

  await db.schema
    .createTable('feedback_evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('is_bad', t.bool, (c) => c.notNull())
    .addColumn('is_default', t.bool, (c) => c.notNull())
    .addColumn('option_set_id', 'text', (c) => c.notNull().references('feedback_option_sets.id'))
    .addColumn('option_set_version', 'integer', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('evaluator_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('evaluator_organisation_id', 'text')
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('service_code', 'text', (c) => c.notNull())
    .addColumn('service_name', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    // 一次一评 / 一事一评: the database refuses a second evaluation of a case's stage.
    .addUniqueConstraint('feedback_evaluations_once', ['case_id', 'stage'])
    .execute();
  for (const [name, lead] of [
    ['feedback_evaluations_region', 'region_code'],
    ['feedback_evaluations_department', 'department_id'],
    ['feedback_evaluations_item', 'service_code'],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('feedback_evaluations')
      .columns([lead, 'created_at', 'level', 'is_default'])
      .execute();
  }

  await db.schema
    .createTable('feedback_rectifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('evaluation_id', 'text', (c) => c.notNull().unique().references('feedback_evaluations.id'))
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text', (c) => c.notNull())
    .addColumn('service_code', 'text', (c) => c.notNull())
    .addColumn('service_name', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('evaluator_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('real_name', t.bool, (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text')
    .addColumn('verify_note', 'text')
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('callback_count', 'integer', (c) => c.notNull())
    .addColumn('first_callback_at', t.timestamp)
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('fix_mode', 'text')
    .addColumn('fix_note', 'text')
    .addColumn('fixed_at', t.timestamp)
    .addColumn('fixed_on_time', t.bool)
    .addColumn('feedback_message', 'text')
    .addColumn('fed_back_at', t.timestamp)
    .addColumn('result_rating', 'text')
    .addColumn('rated_at', t.timestamp)
    .addColumn('appeal_note', 'text')
    .addColumn('escalated_at', t.timestamp)
    .addColumn('opened_at', t.timestamp, (c) => c.notNull())
    .addColumn('closed_at', t.timestamp)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('feedback_rectifications_department')
    .on('feedback_rectifications')
    .columns(['department_id', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('feedback_rectifications_region')
    .on('feedback_rectifications')
    .columns(['region_code', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('feedback_rectifications_period')
    .on('feedback_rectifications')
    .columns(['region_code', 'opened_at'])
    .execute();
  await db.schema
    .createIndex('feedback_rectifications_due')
    .on('feedback_rectifications')
    .columns(['status', 'due_date'])
    .execute();

  await db.schema
    .createTable('feedback_rectification_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rectification_id', 'text', (c) => c.notNull().references('feedback_rectifications.id'))
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_account_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('feedback_rectification_steps_of')
    .on('feedback_rectification_steps')
    .columns(['rectification_id', 'id'])
    .execute();

  await db.schema
    .createTable('feedback_extensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rectification_id', 'text', (c) => c.notNull().references('feedback_rectifications.id'))
    .addColumn('working_days', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', t.timestamp, (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', t.timestamp)
    .addColumn('decision_note', 'text')
    .addColumn('due_date_before', 'text', (c) => c.notNull())
    .addColumn('due_date_after', 'text')
    .execute();
  await db.schema
    .createIndex('feedback_extensions_of')
    .on('feedback_extensions')
    .columns(['rectification_id', 'status'])
    .execute();
  await db.schema
    .createIndex('feedback_extensions_status')
    .on('feedback_extensions')
    .columns(['status', 'id'])
    .execute();

  await db.schema
    .createTable('feedback_inquiries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('anonymous', t.bool, (c) => c.notNull())
    .addColumn('asker_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('asker_account_id', 'text')
    .addColumn('access_code_hash', 'text')
    .addColumn('item_code', 'text')
    .addColumn('item_name', 'text')
    .addColumn('topic', 'text')
    .addColumn('case_id', 'text')
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('publish_consent', t.bool, (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('escalated_at', t.timestamp)
    .addColumn('answer', 'text')
    .addColumn('answered_at', t.timestamp)
    .addColumn('answered_by', 'text')
    .addColumn('answered_on_time', t.bool)
    .addColumn('rating', 'text')
    .addColumn('rated_at', t.timestamp)
    .addColumn('published_at', t.timestamp)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('feedback_inquiries_department')
    .on('feedback_inquiries')
    .columns(['department_id', 'kind', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('feedback_inquiries_region')
    .on('feedback_inquiries')
    .columns(['region_code', 'kind', 'created_at'])
    .execute();
  await db.schema
    .createIndex('feedback_inquiries_asker')
    .on('feedback_inquiries')
    .columns(['asker_person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('feedback_inquiries_due')
    .on('feedback_inquiries')
    .columns(['status', 'due_date'])
    .execute();
  await db.schema
    .createIndex('feedback_inquiries_faq')
    .on('feedback_inquiries')
    .columns(['item_code', 'published_at'])
    .execute();

  await db.schema
    .createTable('feedback_topic_routes')
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_topic_routes_pk', ['topic', 'region_code'])
    .execute();

  await db.schema
    .createTable('feedback_sequences')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('last_no', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_sequences_pk', ['scope', 'period'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'feedback_sequences',
    'feedback_topic_routes',
    'feedback_inquiries',
    'feedback_extensions',
    'feedback_rectification_steps',
    'feedback_rectifications',
    'feedback_evaluations',
    'feedback_invitations',
    'feedback_option_sets',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
