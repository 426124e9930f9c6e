import { sql } from 'kysely';
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
    .where((eb) =>
      eb.or([
        ...(f.departmentIds.length > 0 ? [eb('department_id', 'in', f.departmentIds)] : []),
        ...f.regionPatterns.map((p) => eb('region_code', 'like', p)),
        eb.val(false),
      ]),
    )
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
    .where((eb) =>
      eb.or([
        ...(f.departmentIds.length > 0 ? [eb('department_id', 'in', f.departmentIds)] : []),
        ...f.regionPatterns.map((p) => eb('region_code', 'like', p)),
        eb.val(false),
      ]),
    )
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
    .where((eb) =>
      eb.or([
        ...(f.departmentIds.length > 0 ? [eb('department_id', 'in', f.departmentIds)] : []),
        ...f.regionPatterns.map((p) => eb('region_code', 'like', p)),
        eb.val(false),
      ]),
    )
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
