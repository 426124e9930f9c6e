import { sql } from 'kysely';
import { startsWith } from '../../platform/db/like.ts';
import { beijingDayOfColumn, groupByKey } from '../../platform/db/aggregates.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { beijingDay } from '../../platform/calendar/working-days.ts';
import { markDaysStale } from '../../platform/db/rollup-days.ts';
import { newId } from '../../platform/ids.ts';
import type { ResolvedMaterial } from './materials.ts';
import type { CasesTables } from './tables.ts';

export type CaseRow = CasesTables['cases'];
export type CaseMaterialRow = CasesTables['case_materials'];

export const findCase = (q: Queryable, id: string) =>
  q.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();

export const findCaseByNumber = (q: Queryable, caseNumber: string) =>
  q.selectFrom('cases').selectAll().where('case_number', '=', caseNumber).executeTakeFirst();

export const findByIdempotencyKey = (q: Queryable, accountId: string, key: string) =>
  q
    .selectFrom('cases')
    .selectAll()
    .where('filed_by_account_id', '=', accountId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();

export const childrenOf = (q: Queryable, parentId: string) =>
  q.selectFrom('cases').selectAll().where('parent_id', '=', parentId).orderBy('id').execute();

export const materialsOf = (q: Queryable, caseId: string) =>
  q.selectFrom('case_materials').selectAll().where('case_id', '=', caseId).orderBy('material_key').execute();

export const timelineOf = (q: Queryable, caseId: string) =>
  q.selectFrom('case_timeline').selectAll().where('case_id', '=', caseId).orderBy('id').execute();

export const noticesOf = (q: Queryable, caseId: string) =>
  q.selectFrom('case_notices').selectAll().where('case_id', '=', caseId).orderBy('id').execute();

export const visitsOf = (q: Queryable, caseId: string) =>
  q.selectFrom('case_visits').selectAll().where('case_id', '=', caseId).orderBy('id').execute();

/** Next number in a counter, atomically: concurrent instances never get the same one. */
export async function nextSequence(tx: Tx, scope: string, period: string): Promise<number> {
  const row = await tx
    .insertInto('case_sequences')
    .values({ scope, period, last_no: 1 })
    .onConflict((oc) =>
      oc
        .columns(['scope', 'period'])
        .doUpdateSet((eb) => ({ last_no: eb('case_sequences.last_no', '+', 1) })),
    )
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return Number(row.last_no);
}

export async function addTimeline(
  tx: Tx,
  entry: {
    caseId: string;
    at: string;
    action: string;
    stepName?: string | null;
    departmentId?: string | null;
    visibility?: 'public' | 'internal';
    note?: string | null;
    actorAccountId?: string | null;
  },
) {
  await tx
    .insertInto('case_timeline')
    .values({
      id: newId(),
      case_id: entry.caseId,
      at: entry.at,
      action: entry.action,
      step_name: entry.stepName ?? null,
      department_id: entry.departmentId ?? null,
      visibility: entry.visibility ?? 'public',
      note: entry.note ?? null,
      actor_account_id: entry.actorAccountId ?? null,
    })
    .execute();
}

export const hasCreditMark = async (q: Queryable, kind: 'person' | 'organisation', subjectId: string) =>
  !!(await q
    .selectFrom('credit_marks')
    .select('id')
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .where('cleared_at', 'is', null)
    .executeTakeFirst());

export interface CaseListFilter {
  personId: string | null;
  organisationId: string | null;
  status?: string;
  cursor?: string;
  limit: number;
}

/** An applicant's cases (top level: a bundle's children appear inside it), newest first. */
export function applicantCases(q: Queryable, f: CaseListFilter) {
  return q
    .selectFrom('cases')
    .selectAll()
    .where('parent_id', 'is', null)
    .$if(f.organisationId !== null, (b) => b.where('applicant_organisation_id', '=', f.organisationId!))
    .$if(f.organisationId === null, (b) =>
      b.where('applicant_person_id', '=', f.personId!).where('applicant_organisation_id', 'is', null),
    )
    .$if(f.status !== undefined, (b) => b.where('status', '=', f.status as CaseRow['status']))
    .$if(f.cursor !== undefined, (b) => b.where('id', '<', f.cursor!))
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

// ---- read-only aggregates for the supervision module (indicators are never per-case loops) ----

/** Which cases an indicator covers: a region by code prefix (a city covers its counties), department, item. */
export interface CaseAggregateScope {
  /** Region code prefix: '33' a province, '3301' a city, '330106' a county. */
  regionPrefix?: string;
  departmentId?: string;
  itemCode?: string;
  /** Half-open period [from, to) as instants (ISO). */
  from: string;
  to: string;
}
/** 'cell': region, department and item together (`region|department|item`), what a daily roll-up keeps. */
export type CaseGroupBy = 'none' | 'department' | 'region' | 'item' | 'day' | 'cell';

function groupKey(q: Queryable, by: CaseGroupBy, dayColumn: string) {
  if (by === 'department') return sql<string>`coalesce(c.department_id, '')`;
  if (by === 'region') return sql<string>`c.region_code`;
  if (by === 'item') return sql<string>`c.service_code`;
  if (by === 'day') return beijingDayOfColumn(q, dayColumn);
  if (by === 'cell')
    return sql<string>`c.region_code || '|' || coalesce(c.department_id, '') || '|' || c.service_code`;
  return sql<string>`''`;
}

function scopeWhere(s: Omit<CaseAggregateScope, 'from' | 'to'>) {
  const parts = [sql`c.service_kind = 'item'`];
  if (s.regionPrefix) parts.push(startsWith('c.region_code', s.regionPrefix));
  if (s.departmentId) parts.push(sql`c.department_id = ${s.departmentId}`);
  if (s.itemCode) parts.push(sql`c.service_code = ${s.itemCode}`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

export interface SubmittedAggregate {
  key: string;
  submitted: number;
  online: number;
  trips: number;
}

/** Item cases submitted in the period (a bundle's children count, the bundle's parent does not). */
export async function submittedAggregates(q: Queryable, s: CaseAggregateScope, by: CaseGroupBy) {
  const key = groupKey(q, by, 'c.submitted_at');
  const result = await sql<SubmittedAggregate>`
    select ${key} as key, count(*) as submitted,
      sum(case when c.channel in ('online', 'mobile') then 1 else 0 end) as online,
      sum(c.trips) as trips
    from cases c
    where ${scopeWhere(s)} and c.submitted_at >= ${s.from} and c.submitted_at < ${s.to}
    ${groupByKey(by, key)}`.execute(q);
  return result.rows.map((r) => ({
    key: r.key,
    submitted: Number(r.submitted),
    online: Number(r.online ?? 0),
    trips: Number(r.trips ?? 0),
  }));
}

/** The Beijing day of the earliest submission (the submitted_at index's first entry); null when none. */
export async function firstSubmissionDay(q: Queryable): Promise<string | null> {
  const row = await q
    .selectFrom('cases')
    .select((e) => e.fn.min('submitted_at').as('first'))
    .executeTakeFirst();
  return row?.first ? beijingDay(row.first) : null;
}

export interface DecidedAggregate {
  key: string;
  /** Beijing dates of submission and decision: the working-day count is computed per distinct pair. */
  submittedOn: string;
  decidedOn: string;
  decided: number;
  withDue: number;
  onTime: number;
}

/** Item cases decided in the period, counted per (submission day, decision day) pair. */
export async function decidedAggregates(q: Queryable, s: CaseAggregateScope, by: CaseGroupBy) {
  const key = groupKey(q, by, 'c.decided_at');
  const submittedOn = beijingDayOfColumn(q, 'c.submitted_at');
  const decidedOn = beijingDayOfColumn(q, 'c.decided_at');
  const result = await sql<DecidedAggregate>`
    select ${key} as key, ${submittedOn} as "submittedOn", ${decidedOn} as "decidedOn", count(*) as decided,
      sum(case when c.promised_due_date is not null then 1 else 0 end) as "withDue",
      sum(case when c.promised_due_date is not null and ${decidedOn} <= c.promised_due_date then 1 else 0 end)
        as "onTime"
    from cases c
    where ${scopeWhere(s)} and c.decided_at >= ${s.from} and c.decided_at < ${s.to}
      and c.submitted_at is not null
    group by ${by === 'none' ? sql`` : sql`${key}, `}${submittedOn}, ${decidedOn}`.execute(q);
  return result.rows.map((r) => ({
    key: r.key,
    submittedOn: r.submittedOn,
    decidedOn: r.decidedOn,
    decided: Number(r.decided),
    withDue: Number(r.withDue ?? 0),
    onTime: Number(r.onTime ?? 0),
  }));
}

export interface MaterialAggregate {
  key: string;
  required: number;
  reduced: number;
}

/** The stored rows of a case's resolved materials, as written at `at` (ISO); `id` makes each row's id. */
export function materialRows(
  caseId: string,
  rows: ResolvedMaterial[],
  at: string,
  id: () => string = newId,
): CaseMaterialRow[] {
  return rows.map((r) => ({
    id: id(),
    case_id: caseId,
    material_key: r.key,
    name: r.name,
    necessity: r.necessity,
    status: r.status,
    source: r.source,
    file_ids: JSON.stringify(r.fileIds),
    reference: r.reference ? JSON.stringify(r.reference) : null,
    pledge_due_date: r.pledgeDueDate,
    supplied_at: r.status === 'provided' ? at : null,
    updated_at: at,
  }));
}

/** Sources that spare the applicant an upload: what the materials indicator counts as reduced. */
export const REDUCING_SOURCES = ['licence', 'shared_data', 'commitment', 'waived'] as const;

/** A case's material counts as `cases` stores them, from its material rows. */
export function materialCounts(rows: Array<Pick<CaseMaterialRow, 'necessity' | 'source'>>) {
  const required = rows.filter((r) => r.necessity === 'required');
  return {
    materials_required: required.length,
    materials_reduced: required.filter((r) => (REDUCING_SOURCES as readonly unknown[]).includes(r.source))
      .length,
  };
}

/**
 * Stores a case's material counts; a case submitted on an earlier day has its submission day's roll-up
 * marked stale. Called in the transaction of every write to the material rows.
 */
export async function setMaterialCounts(
  tx: Tx,
  caseId: string,
  counts: ReturnType<typeof materialCounts>,
  at: Date,
) {
  const updated = await tx
    .updateTable('cases')
    .set(counts)
    .where('id', '=', caseId)
    .returning('submitted_at')
    .executeTakeFirst();
  await markDaysStale(tx, [updated?.submitted_at ?? null], at);
}

/** Recounts a case's material counts from its rows. */
export async function refreshMaterialCounts(tx: Tx, caseId: string, at: Date) {
  await setMaterialCounts(tx, caseId, materialCounts(await materialsOf(tx, caseId)), at);
}

/** Required material rows of the cases submitted in the period, and how many nobody had to upload. */
export async function materialAggregates(q: Queryable, s: CaseAggregateScope, by: CaseGroupBy) {
  const key = groupKey(q, by, 'c.submitted_at');
  // The per-case counts sit in the period's covering index: no join to case_materials.
  const result = await sql<MaterialAggregate>`
    select ${key} as key, sum(c.materials_required) as required, sum(c.materials_reduced) as reduced
    from cases c
    where ${scopeWhere(s)} and c.submitted_at >= ${s.from} and c.submitted_at < ${s.to}
      and c.materials_required > 0
    ${groupByKey(by, key)}`.execute(q);
  return result.rows.map((r) => ({
    key: r.key,
    required: Number(r.required),
    reduced: Number(r.reduced ?? 0),
  }));
}

/** States in which a case's promised clock runs. */
export const OPEN_CASE_STATUSES = ['submitted', 'in_review', 'in_progress'] as const;

/** Open cases past their promised due date today (Beijing date `today`), whatever the period. */
export async function overdueAggregates(
  q: Queryable,
  s: Omit<CaseAggregateScope, 'from' | 'to'>,
  by: Exclude<CaseGroupBy, 'day'>,
  today: string,
) {
  const key = groupKey(q, by, 'c.submitted_at');
  const result = await sql<{ key: string; overdue: number }>`
    select ${key} as key, count(*) as overdue
    from cases c
    where ${scopeWhere(s)} and c.status in (${sql.join([...OPEN_CASE_STATUSES])})
      and c.promised_due_date < ${today}
    ${groupByKey(by, key)}`.execute(q);
  return result.rows.map((r) => ({ key: r.key, overdue: Number(r.overdue) }));
}

export interface SupervisedCaseFilter extends CaseAggregateScope {
  /** The last case of the previous page. */
  after?: { submittedAt: string; id: string };
  limit: number;
}

/** Cases submitted in the period, the latest submitted first, for the drill-down list (no form data). */
export const supervisedCases = (q: Queryable, f: SupervisedCaseFilter) =>
  q
    .selectFrom('cases as c')
    .select([
      'c.id',
      'c.case_number',
      'c.service_code',
      'c.service_name',
      'c.department_id',
      'c.region_code',
      'c.applicant_name',
      'c.channel',
      'c.status',
      'c.submitted_at',
      'c.decided_at',
      'c.promised_due_date',
      'c.trips',
    ])
    .where(scopeWhere(f))
    .where('c.submitted_at', '>=', f.from)
    .where('c.submitted_at', '<', f.to)
    .$if(f.after !== undefined, (b) =>
      b.where((eb) =>
        eb.or([
          eb('c.submitted_at', '<', f.after!.submittedAt),
          eb.and([eb('c.submitted_at', '=', f.after!.submittedAt), eb('c.id', '<', f.after!.id)]),
        ]),
      ),
    )
    .orderBy('c.submitted_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(f.limit + 1)
    .execute();
