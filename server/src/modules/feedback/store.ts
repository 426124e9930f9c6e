import { sql, type ExpressionBuilder } from 'kysely';
import { startsWith } from '../../platform/db/like.ts';
import { beijingDayOfColumn, groupByKey } from '../../platform/db/aggregates.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { OptionSetKind } from './levels.ts';
import type { FeedbackTables } from './tables.ts';

export type OptionSetRow = FeedbackTables['feedback_option_sets'];
export type InvitationRow = FeedbackTables['feedback_invitations'];
export type EvaluationRow = FeedbackTables['feedback_evaluations'];
export type RectificationRow = FeedbackTables['feedback_rectifications'];
export type StepRow = FeedbackTables['feedback_rectification_steps'];
export type ExtensionRow = FeedbackTables['feedback_extensions'];
export type InquiryRow = FeedbackTables['feedback_inquiries'];

/** The newest published version of a kind (the one offered to evaluators). */
export const currentOptionSet = (q: Queryable, kind: OptionSetKind) =>
  q
    .selectFrom('feedback_option_sets')
    .selectAll()
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();

export const optionSetById = (q: Queryable, id: string) =>
  q.selectFrom('feedback_option_sets').selectAll().where('id', '=', id).executeTakeFirst();

export const optionSetVersion = (q: Queryable, kind: OptionSetKind, version: number) =>
  q
    .selectFrom('feedback_option_sets')
    .selectAll()
    .where('kind', '=', kind)
    .where('version', '=', version)
    .executeTakeFirst();

export const evaluationsOfCase = (q: Queryable, caseId: string) =>
  q.selectFrom('feedback_evaluations').selectAll().where('case_id', '=', caseId).orderBy('id').execute();

export const findEvaluation = (q: Queryable, id: string) =>
  q.selectFrom('feedback_evaluations').selectAll().where('id', '=', id).executeTakeFirst();

export const findRectification = (q: Queryable, id: string) =>
  q.selectFrom('feedback_rectifications').selectAll().where('id', '=', id).executeTakeFirst();

export const rectificationOfEvaluation = (q: Queryable, evaluationId: string) =>
  q
    .selectFrom('feedback_rectifications')
    .select(['id', 'status'])
    .where('evaluation_id', '=', evaluationId)
    .executeTakeFirst();

export const stepsOf = (q: Queryable, rectificationId: string) =>
  q
    .selectFrom('feedback_rectification_steps')
    .selectAll()
    .where('rectification_id', '=', rectificationId)
    .orderBy('id')
    .execute();

export const extensionsOf = (q: Queryable, rectificationId: string) =>
  q
    .selectFrom('feedback_extensions')
    .selectAll()
    .where('rectification_id', '=', rectificationId)
    .orderBy('id')
    .execute();

export const findInquiry = (q: Queryable, id: string) =>
  q.selectFrom('feedback_inquiries').selectAll().where('id', '=', id).executeTakeFirst();

export const inquiryByNumber = (q: Queryable, number: string) =>
  q.selectFrom('feedback_inquiries').selectAll().where('number', '=', number).executeTakeFirst();

/** Staff's view of records: their departments' rows and every row of the regions they supervise. */
export interface Scope {
  departmentIds: string[];
  regionPatterns: string[];
}

/** Rows of the scope's departments or regions (never everything when the scope is empty). */
function inScope(
  eb: ExpressionBuilder<
    FeedbackTables,
    'feedback_rectifications' | 'feedback_evaluations' | 'feedback_inquiries'
  >,
  scope: Scope,
) {
  return eb.or([
    ...(scope.departmentIds.length > 0 ? [eb('department_id', 'in', scope.departmentIds)] : []),
    ...scope.regionPatterns.map((p) => eb('region_code', 'like', p)),
    eb.val(false),
  ]);
}

export interface RectificationFilter extends Scope {
  view: 'all' | 'appeals' | 'extensions' | 'overdue';
  status?: string;
  cursor?: string;
  limit: number;
}

/** Newest first (ids are time-ordered), keyed by id for paging. */
export function rectificationList(q: Queryable, f: RectificationFilter) {
  return q
    .selectFrom('feedback_rectifications')
    .selectAll()
    .where((eb) => inScope(eb, f))
    .$if(f.view === 'appeals', (b) => b.where('status', '=', 'appeal_review'))
    .$if(f.view === 'overdue', (b) =>
      b
        .where('escalated_at', 'is not', null)
        .where('status', 'in', ['verifying', 'rectifying', 'on_ledger', 'fixed']),
    )
    .$if(f.view === 'extensions', (b) =>
      b.where('id', 'in', (sub) =>
        sub.selectFrom('feedback_extensions').select('rectification_id').where('status', '=', 'pending'),
      ),
    )
    .$if(f.status !== undefined, (b) => b.where('status', '=', f.status as RectificationRow['status']))
    .$if(f.cursor !== undefined, (b) => b.where('id', '<', f.cursor!))
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export interface EvaluationFilter extends Scope {
  level?: number;
  cursor?: string;
  limit: number;
}

export function evaluationList(q: Queryable, f: EvaluationFilter) {
  return q
    .selectFrom('feedback_evaluations')
    .selectAll()
    .where((eb) => inScope(eb, f))
    .$if(f.level !== undefined, (b) => b.where('level', '=', f.level as EvaluationRow['level']))
    .$if(f.cursor !== undefined, (b) => b.where('id', '<', f.cursor!))
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export interface InquiryFilter extends Scope {
  kind?: 'complaint' | 'consultation';
  status?: 'open' | 'answered';
  overdue?: boolean;
  cursor?: string;
  limit: number;
}

export function inquiryList(q: Queryable, f: InquiryFilter) {
  return q
    .selectFrom('feedback_inquiries')
    .selectAll()
    .where((eb) => inScope(eb, f))
    .$if(f.kind !== undefined, (b) => b.where('kind', '=', f.kind!))
    .$if(f.status !== undefined, (b) => b.where('status', '=', f.status!))
    .$if(f.overdue === true, (b) => b.where('escalated_at', 'is not', null).where('status', '=', 'open'))
    .$if(f.cursor !== undefined, (b) => b.where('id', '<', f.cursor!))
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export const myInquiries = (
  q: Queryable,
  personId: string,
  f: { kind?: 'complaint' | 'consultation'; cursor?: string; limit: number },
) =>
  q
    .selectFrom('feedback_inquiries')
    .selectAll()
    .where('asker_person_id', '=', personId)
    .$if(f.kind !== undefined, (b) => b.where('kind', '=', f.kind!))
    .$if(f.cursor !== undefined, (b) => b.where('id', '<', f.cursor!))
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();

export const publishedFaq = (q: Queryable, itemCode: string, f: { cursor?: string; limit: number }) =>
  q
    .selectFrom('feedback_inquiries')
    .select(['id', 'subject', 'content', 'answer', 'published_at'])
    .where('item_code', '=', itemCode)
    .where('published_at', 'is not', null)
    .$if(f.cursor !== undefined, (b) => b.where('id', '<', f.cursor!))
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();

/** Next number of a counter (inquiry numbers), atomic on both engines. */
export async function nextSequence(q: Queryable, scope: string, period: string): Promise<number> {
  const result = await sql<{ last_no: number }>`
    insert into feedback_sequences (scope, period, last_no) values (${scope}, ${period}, 1)
    on conflict (scope, period) do update set last_no = feedback_sequences.last_no + 1
    returning last_no`.execute(q);
  return Number(result.rows[0]!.last_no);
}

/** Whether a database error is a unique-constraint violation (a second evaluation of one stage). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | null;
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

// ---- read-only aggregates for the supervision module ----

/** What a feedback indicator covers (as the cases module's CaseAggregateScope). */
export interface FeedbackAggregateScope {
  regionPrefix?: string;
  departmentId?: string;
  itemCode?: string;
  from: string;
  to: string;
}
export type FeedbackGroupBy = 'none' | 'department' | 'region' | 'item' | 'day' | 'cell';

function scopeSql(s: FeedbackAggregateScope, itemColumn: string, timeColumn: string) {
  const parts = [sql`${sql.ref(timeColumn)} >= ${s.from}`, sql`${sql.ref(timeColumn)} < ${s.to}`];
  if (s.regionPrefix) parts.push(startsWith('region_code', s.regionPrefix));
  if (s.departmentId) parts.push(sql`department_id = ${s.departmentId}`);
  if (s.itemCode) parts.push(sql`${sql.ref(itemColumn)} = ${s.itemCode}`);
  return sql.join(parts, sql` and `);
}

function keyOf(q: Queryable, by: FeedbackGroupBy, itemColumn: string, timeColumn: string) {
  if (by === 'department') return sql<string>`department_id`;
  if (by === 'region') return sql<string>`region_code`;
  if (by === 'item') return sql<string>`coalesce(${sql.ref(itemColumn)}, '')`;
  if (by === 'day') return beijingDayOfColumn(q, timeColumn);
  if (by === 'cell')
    return sql<string>`region_code || '|' || department_id || '|' || coalesce(${sql.ref(itemColumn)}, '')`;
  return sql<string>`''`;
}

export interface RatingAggregate {
  key: string;
  /** Ratings given by people (not default ones), per level 1–5. */
  levels: [number, number, number, number, number];
  defaults: number;
}

/** Evaluations recorded in the period: people's ratings per level, and default ratings apart. */
export async function ratingAggregates(q: Queryable, s: FeedbackAggregateScope, by: FeedbackGroupBy) {
  const key = keyOf(q, by, 'service_code', 'created_at');
  const person = sql`(is_default = ${false})`;
  const result = await sql<Record<string, string | number>>`
    select ${key} as key,
      sum(case when ${person} and level = 1 then 1 else 0 end) as l1,
      sum(case when ${person} and level = 2 then 1 else 0 end) as l2,
      sum(case when ${person} and level = 3 then 1 else 0 end) as l3,
      sum(case when ${person} and level = 4 then 1 else 0 end) as l4,
      sum(case when ${person} and level = 5 then 1 else 0 end) as l5,
      sum(case when ${person} then 0 else 1 end) as defaults
    from feedback_evaluations
    where ${scopeSql(s, 'service_code', 'created_at')}
    ${groupByKey(by, key)}`.execute(q);
  return result.rows.map((r): RatingAggregate => ({
    key: String(r.key),
    levels: [Number(r.l1), Number(r.l2), Number(r.l3), Number(r.l4), Number(r.l5)],
    defaults: Number(r.defaults),
  }));
}

export interface RectificationAggregate {
  key: string;
  opened: number;
  /** Rectifications that were fixed (立行立改 or the ledger item completed). */
  fixed: number;
  fixedOnTime: number;
  closed: number;
}

/** Rectifications opened in the period and what became of them. */
export async function rectificationAggregates(q: Queryable, s: FeedbackAggregateScope, by: FeedbackGroupBy) {
  const key = keyOf(q, by, 'service_code', 'opened_at');
  const result = await sql<RectificationAggregate>`
    select ${key} as key, count(*) as opened,
      sum(case when fixed_at is not null then 1 else 0 end) as fixed,
      sum(case when fixed_on_time = ${true} then 1 else 0 end) as "fixedOnTime",
      sum(case when status = 'closed' then 1 else 0 end) as closed
    from feedback_rectifications
    where ${scopeSql(s, 'service_code', 'opened_at')}
    ${groupByKey(by, key)}`.execute(q);
  return result.rows.map((r) => ({
    key: String(r.key),
    opened: Number(r.opened),
    fixed: Number(r.fixed ?? 0),
    fixedOnTime: Number(r.fixedOnTime ?? 0),
    closed: Number(r.closed ?? 0),
  }));
}

/** Complaints (not consultations) received in the period. */
export async function complaintAggregates(q: Queryable, s: FeedbackAggregateScope, by: FeedbackGroupBy) {
  const key = keyOf(q, by, 'item_code', 'created_at');
  const result = await sql<{ key: string; complaints: number }>`
    select ${key} as key, count(*) as complaints
    from feedback_inquiries
    where kind = 'complaint' and ${scopeSql(s, 'item_code', 'created_at')}
    ${groupByKey(by, key)}`.execute(q);
  return result.rows.map((r) => ({ key: String(r.key), complaints: Number(r.complaints) }));
}
