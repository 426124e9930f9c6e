import { sql } from 'kysely';
import type { Queryable } from '../../platform/db/database.ts';
import type { ExchangeTables, GrantStatus } from './tables.ts';
import { contains } from '../../platform/db/like.ts';

export type ResourceRow = ExchangeTables['exchange_resources'];
export type GrantRow = ExchangeTables['exchange_grants'];
export type AccessRow = ExchangeTables['exchange_access_log'];
export type BreakerRow = ExchangeTables['exchange_breakers'];

export function findResourceByCode(q: Queryable, code: string) {
  return q.selectFrom('exchange_resources').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findResourceById(q: Queryable, id: string) {
  return q.selectFrom('exchange_resources').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Resources by name/code order; drafts only of the given provider departments (all when null). */
export function listResources(
  q: Queryable,
  args: {
    draftsOf: string[] | null;
    q?: string;
    status?: 'draft' | 'published';
    providerDepartmentId?: string;
    cursor?: string;
    limit: number;
  },
) {
  return q
    .selectFrom('exchange_resources')
    .selectAll()
    .where((eb) =>
      args.draftsOf === null
        ? eb.val(true)
        : eb.or([
            eb('status', '=', 'published'),
            ...(args.draftsOf.length > 0 ? [eb('provider_department_id', 'in', args.draftsOf)] : []),
          ]),
    )
    .$if(args.status !== undefined, (qb) => qb.where('status', '=', args.status!))
    .$if(args.providerDepartmentId !== undefined, (qb) =>
      qb.where('provider_department_id', '=', args.providerDepartmentId!),
    )
    .$if(Boolean(args.q), (qb) =>
      qb.where((eb) => eb.or([contains('name', args.q!), contains('code', args.q!)])),
    )
    .$if(args.cursor !== undefined, (qb) => qb.where('catalogue_code', '>', args.cursor!))
    .orderBy('catalogue_code')
    .limit(args.limit + 1)
    .execute();
}

export function findGrant(q: Queryable, id: string) {
  return q.selectFrom('exchange_grants').selectAll().where('id', '=', id).executeTakeFirst();
}

export function grantsFor(q: Queryable, resourceId: string, consumerDepartmentId: string) {
  return q
    .selectFrom('exchange_grants')
    .selectAll()
    .where('resource_id', '=', resourceId)
    .where('consumer_department_id', '=', consumerDepartmentId)
    .execute();
}

/** Newest first; `departments` limits to grants where one of them is consumer or provider (null = all). */
export function listGrants(
  q: Queryable,
  args: {
    departments: string[] | null;
    side?: 'consumer' | 'provider';
    status?: GrantStatus;
    cursor?: string;
    limit: number;
  },
) {
  const deps = args.departments;
  return q
    .selectFrom('exchange_grants')
    .selectAll()
    .$if(deps !== null, (qb) =>
      qb.where((eb) => {
        const asConsumer = eb('consumer_department_id', 'in', deps!.length ? deps! : ['-']);
        const asProvider = eb('provider_department_id', 'in', deps!.length ? deps! : ['-']);
        if (args.side === 'consumer') return asConsumer;
        if (args.side === 'provider') return asProvider;
        return eb.or([asConsumer, asProvider]);
      }),
    )
    .$if(args.status !== undefined, (qb) => qb.where('status', '=', args.status!))
    .$if(args.cursor !== undefined, (qb) => qb.where('id', '<', args.cursor!))
    .orderBy('id', 'desc')
    .limit(args.limit + 1)
    .execute();
}

export function overdueGrants(q: Queryable, today: string) {
  return q
    .selectFrom('exchange_grants')
    .selectAll()
    .where('status', '=', 'pending')
    .where('escalated_at', 'is', null)
    .where('due_date', '<', today)
    .execute();
}

export function latestRecord(q: Queryable, resourceCode: string, subjectHash: string) {
  return q
    .selectFrom('exchange_records')
    .selectAll()
    .where('resource_code', '=', resourceCode)
    .where('subject_hash', '=', subjectHash)
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function lastAccessHash(q: Queryable) {
  return q
    .selectFrom('exchange_access_log')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Access entries newest first, filtered by subject or by departments (either side). */
export function listAccess(
  q: Queryable,
  args: {
    subjectHashes?: string[];
    departments?: string[] | null;
    resourceCode?: string;
    cursor?: number;
    limit: number;
  },
) {
  return q
    .selectFrom('exchange_access_log')
    .selectAll()
    .$if(args.subjectHashes !== undefined, (qb) =>
      qb.where('subject_hash', 'in', args.subjectHashes!.length ? args.subjectHashes! : ['-']),
    )
    .$if(args.departments !== undefined && args.departments !== null, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('consumer_department_id', 'in', args.departments!.length ? args.departments! : ['-']),
          eb('provider_department_id', 'in', args.departments!.length ? args.departments! : ['-']),
        ]),
      ),
    )
    .$if(args.resourceCode !== undefined, (qb) => qb.where('resource_code', '=', args.resourceCode!))
    .$if(args.cursor !== undefined, (qb) => qb.where('seq', '<', args.cursor!))
    .orderBy('seq', 'desc')
    .limit(args.limit + 1)
    .execute();
}

export function accessPage(q: Queryable, afterSeq: number, size: number) {
  return q
    .selectFrom('exchange_access_log')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(size)
    .execute();
}

export async function breakerOf(q: Queryable, resourceCode: string): Promise<BreakerRow | undefined> {
  return q
    .selectFrom('exchange_breakers')
    .selectAll()
    .where('resource_code', '=', resourceCode)
    .executeTakeFirst();
}

/** Inserts a closed breaker if none exists (another instance may have done it first). */
export async function ensureBreaker(q: Queryable, resourceCode: string, at: string): Promise<BreakerRow> {
  await q
    .insertInto('exchange_breakers')
    .values({ resource_code: resourceCode, state: 'closed', failures: 0, opened_at: null, updated_at: at })
    .onConflict((oc) => oc.column('resource_code').doNothing())
    .execute();
  return (await breakerOf(q, resourceCode))!;
}

/**
 * Writes a new breaker state only if the stored one is still what the caller read (compare-and-set):
 * of two instances racing to make the trial call after a cool-down, one wins.
 */
export async function swapBreaker(
  q: Queryable,
  resourceCode: string,
  expected: Pick<BreakerRow, 'state' | 'failures' | 'opened_at'>,
  next: Pick<BreakerRow, 'state' | 'failures' | 'opened_at'>,
  at: string,
): Promise<boolean> {
  const result = await q
    .updateTable('exchange_breakers')
    .set({ ...next, updated_at: at })
    .where('resource_code', '=', resourceCode)
    .where('state', '=', expected.state)
    .where('failures', '=', expected.failures)
    .where((eb) =>
      expected.opened_at === null ? eb('opened_at', 'is', null) : eb('opened_at', '=', expected.opened_at),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const engineLock = (q: Queryable) => sql`select pg_advisory_xact_lock(7310002)`.execute(q);
