import type { Queryable, Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
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
