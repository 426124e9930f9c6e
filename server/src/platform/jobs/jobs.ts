import { sql, type Selectable } from 'kysely';
import type { Logger } from 'pino';
import { engineOf } from '../db/column-types.ts';
import { inTransaction, type Db, type Queryable, type Tx } from '../db/database.ts';
import type { Tables } from '../db/tables.ts';
import { newId, nowIso } from '../ids.ts';

export interface JobRequest {
  kind: string;
  payload: unknown;
  /** When it may run; now when absent. */
  dueAt?: Date;
  /** At most one job with this key ever exists (a second enqueue is ignored). */
  uniqueKey?: string;
  maxAttempts?: number;
}

export interface JobContext {
  id: string;
  attempt: number;
  db: Db;
  log: Logger;
}

export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>;

/** A handler whose whole effect is database writes in the transaction it is given. */
export type TransactionalJobHandler = (
  payload: unknown,
  tx: Tx,
  context: Omit<JobContext, 'db'>,
) => Promise<void>;

type Registered =
  { transactional: false; handler: JobHandler } | { transactional: true; handler: TransactionalJobHandler };

type JobRow = Selectable<Tables['jobs']>;

/**
 * How many transactional jobs share one transaction. On SQLite the one connection runs everything in turn and
 * each commit is an fsync: 10 share one. On PostgreSQL a shared transaction would hold its row locks and the
 * audit chain's lock across all its jobs while other instances wait (two instances ran bundles at 3/s instead
 * of 7/s): one each, still marked done in the same commit.
 */
const BATCH_SIZE = { sqlite: 10, postgres: 1 } as const;

export interface RunReport {
  claimed: number;
  succeeded: number;
  failed: number;
}

const LEASE_MS = 5 * 60 * 1000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Exponential backoff with jitter, capped at one hour. */
export function backoffMs(attempt: number, random = Math.random()): number {
  const base = Math.min(1000 * 2 ** Math.max(0, attempt - 1), 60 * 60 * 1000);
  return Math.round(base * (0.75 + random * 0.5));
}

/**
 * Durable background work. Jobs are rows; any instance may claim due ones. On PostgreSQL the
 * claim uses FOR UPDATE SKIP LOCKED so instances never take the same job; on SQLite one process
 * runs them. A job whose runner died is claimed again once its lease has expired.
 */
export class JobQueue {
  readonly #handlers = new Map<string, Registered>();
  readonly #recurring = new Map<string, number>();
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<unknown> | null = null;
  #stopped = true;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly instanceId: string,
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.#add(kind, { transactional: false, handler });
  }

  /**
   * A job whose effect is all in the database: it runs in a transaction the runner opens, and the job is
   * marked done in that same transaction. Consecutive jobs of such kinds share one transaction (one commit
   * instead of two per job), each in a savepoint so that a failing one is undone alone.
   */
  registerInTransaction(kind: string, handler: TransactionalJobHandler): void {
    this.#add(kind, { transactional: true, handler });
  }

  #add(kind: string, registered: Registered) {
    if (this.#handlers.has(kind)) throw new Error(`job kind "${kind}" already has a handler`);
    this.#handlers.set(kind, registered);
  }

  /**
   * A job that runs once per interval across all instances: each run is keyed by its time slot,
   * so however many instances schedule it, one row per slot exists, and each run schedules the next.
   */
  registerRecurring(kind: string, intervalMs: number, handler: JobHandler): void {
    this.#recurring.set(kind, intervalMs);
    this.register(kind, async (payload, context) => {
      await handler(payload, context);
      await this.#scheduleNext(kind, intervalMs);
    });
  }

  async #scheduleNext(kind: string, intervalMs: number): Promise<void> {
    const slot = Math.floor(Date.now() / intervalMs) + 1;
    await this.enqueue(this.db, {
      kind,
      payload: null,
      dueAt: new Date(slot * intervalMs),
      uniqueKey: `${kind}@${slot}`,
    });
  }

  /** Makes sure every recurring job has its next run scheduled (called at start). */
  async scheduleRecurring(): Promise<void> {
    for (const [kind, intervalMs] of this.#recurring) await this.#scheduleNext(kind, intervalMs);
  }

  async enqueue(q: Queryable, job: JobRequest): Promise<string> {
    const now = nowIso();
    const id = newId();
    await q
      .insertInto('jobs')
      .values({
        id,
        kind: job.kind,
        payload: JSON.stringify(job.payload ?? null),
        status: 'pending',
        due_at: (job.dueAt ?? new Date()).toISOString(),
        attempts: 0,
        max_attempts: job.maxAttempts ?? 8,
        unique_key: job.uniqueKey ?? null,
        created_at: now,
        updated_at: now,
      })
      .$if(job.uniqueKey !== undefined, (b) => b.onConflict((oc) => oc.column('unique_key').doNothing()))
      .execute();
    return id;
  }

  /**
   * Jobs whose runner died (lease expired) first, then due pending ones in due order. Two statements, not one
   * with an OR: each walks the (status, due_at) index and stops at `limit`, where the OR made SQLite read and
   * sort the whole backlog of due jobs on every claim (2.4 ms each behind a burst of bundles).
   */
  async #claim(limit: number) {
    const now = new Date();
    const orphans = await this.#claimWhere(limit, now, 'running', 'locked_until');
    if (orphans.length === limit) return orphans;
    return [...orphans, ...(await this.#claimWhere(limit - orphans.length, now, 'pending', 'due_at'))];
  }

  #claimWhere(limit: number, now: Date, status: 'pending' | 'running', dueColumn: 'due_at' | 'locked_until') {
    const nowText = now.toISOString();
    const due = this.db
      .selectFrom('jobs')
      .select('id')
      .where('status', '=', status)
      .where(dueColumn, status === 'pending' ? '<=' : '<', nowText)
      .orderBy(dueColumn)
      .limit(limit)
      .$if(engineOf(this.db) === 'postgres', (q) => q.forUpdate().skipLocked());
    return this.db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        locked_by: this.instanceId,
        locked_until: new Date(now.getTime() + LEASE_MS).toISOString(),
        attempts: eb('attempts', '+', 1),
        updated_at: nowText,
      }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
  }

  /** Claims and runs the jobs due now; returns what happened. Used by the poll loop and by tests. */
  async runDue(limit = 20): Promise<RunReport> {
    const claimed = await this.#claim(limit);
    const report: RunReport = { claimed: claimed.length, succeeded: 0, failed: 0 };
    let batch: JobRow[] = [];
    const flush = async () => {
      if (batch.length > 0) await this.#runBatch(batch, report);
      batch = [];
    };
    for (const job of claimed) {
      if (this.#handlers.get(job.kind)?.transactional) {
        batch.push(job);
        if (batch.length === BATCH_SIZE[engineOf(this.db)]) await flush();
      } else {
        await flush();
        await this.#runOne(job, report);
      }
    }
    await flush();
    return report;
  }

  /** One job; a transactional one is marked done in its own transaction. */
  async #runOne(job: JobRow, report: RunReport) {
    const registered = this.#handlers.get(job.kind);
    try {
      if (!registered) throw new Error(`no handler for job kind "${job.kind}"`);
      if (registered.transactional) {
        await inTransaction(this.db, (tx) => this.#runInTransaction(tx, job));
      } else {
        await registered.handler(JSON.parse(job.payload), { ...this.#contextOf(job), db: this.db });
        await this.#markDone(this.db, job.id);
      }
      report.succeeded++;
    } catch (error) {
      this.#logFailure(job, error);
      await this.#markFailed(this.db, job, error);
      report.failed++;
    }
  }

  /**
   * Transactional jobs in one transaction, each in a savepoint: a failing job is rolled back to its
   * savepoint and recorded as failed, the others commit. Should the transaction itself fail (a deadlock
   * with another instance, say), every job in it runs again alone.
   */
  async #runBatch(jobs: JobRow[], report: RunReport) {
    if (jobs.length === 1) return this.#runOne(jobs[0]!, report);
    let failed: Array<{ job: JobRow; error: unknown }> = [];
    try {
      await inTransaction(this.db, async (tx) => {
        failed = [];
        for (const job of jobs) {
          await sql`savepoint job_step`.execute(tx);
          try {
            await this.#runInTransaction(tx, job);
            await sql`release savepoint job_step`.execute(tx);
          } catch (error) {
            await sql`rollback to savepoint job_step`.execute(tx);
            await sql`release savepoint job_step`.execute(tx);
            await this.#markFailed(tx, job, error);
            failed.push({ job, error });
          }
        }
      });
    } catch (error) {
      this.log.warn({ err: error, jobs: jobs.length }, 'job batch failed; running its jobs one by one');
      for (const job of jobs) await this.#runOne(job, report);
      return;
    }
    for (const { job, error } of failed) this.#logFailure(job, error);
    report.succeeded += jobs.length - failed.length;
    report.failed += failed.length;
  }

  /** A transactional job's handler and its done mark, in the caller's transaction. */
  async #runInTransaction(tx: Tx, job: JobRow) {
    const registered = this.#handlers.get(job.kind) as Extract<Registered, { transactional: true }>;
    await registered.handler(JSON.parse(job.payload), tx, this.#contextOf(job));
    await this.#markDone(tx, job.id);
  }

  #contextOf(job: JobRow) {
    return { id: job.id, attempt: job.attempts, log: this.log };
  }

  async #markDone(q: Queryable, id: string) {
    await q
      .updateTable('jobs')
      .set({
        status: 'done',
        finished_at: nowIso(),
        updated_at: nowIso(),
        locked_by: null,
        locked_until: null,
        last_error: null,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Back to pending with a backoff, or failed for good after its last attempt. */
  async #markFailed(q: Queryable, job: JobRow, error: unknown) {
    const dead = job.attempts >= job.max_attempts;
    await q
      .updateTable('jobs')
      .set({
        status: dead ? 'failed' : 'pending',
        due_at: new Date(Date.now() + backoffMs(job.attempts)).toISOString(),
        last_error: messageOf(error).slice(0, 2000),
        locked_by: null,
        locked_until: null,
        updated_at: nowIso(),
        finished_at: dead ? nowIso() : null,
      })
      .where('id', '=', job.id)
      .execute();
  }

  #logFailure(job: JobRow, error: unknown) {
    this.log.warn(
      {
        jobId: job.id,
        kind: job.kind,
        attempt: job.attempts,
        dead: job.attempts >= job.max_attempts,
        err: messageOf(error),
      },
      'job failed',
    );
  }

  /** Polls for due jobs until stopped; runs at once so work that came due during downtime starts now. */
  start(pollMs: number): void {
    this.#stopped = false;
    this.scheduleRecurring().catch((error) =>
      this.log.error({ err: error }, 'could not schedule recurring jobs'),
    );
    const tick = async () => {
      if (this.#stopped) return;
      try {
        this.#running = this.runDue();
        const report = (await this.#running) as RunReport;
        this.#running = null;
        if (this.#stopped) return;
        this.#timer = setTimeout(tick, report.claimed > 0 ? 0 : pollMs);
      } catch (error) {
        this.#running = null;
        this.log.error({ err: error }, 'job runner poll failed');
        if (!this.#stopped) this.#timer = setTimeout(tick, pollMs);
      }
    };
    void tick();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running?.catch(() => undefined);
  }
}

export type EventHandler = (event: DomainEvent, tx: Tx) => Promise<void>;

export interface SubscribeOptions<P = unknown> {
  /**
   * Which events the handler acts on, judged from the payload alone (pure: no database, no clock).
   * An event it refuses gets no delivery job for this handler. It must accept every event the
   * handler would act on; the handler keeps its own checks for events published before it existed.
   */
  when?: (payload: P) => boolean;
}

interface Subscriber {
  handler: EventHandler;
  when: ((payload: unknown) => boolean) | undefined;
}

export interface DomainEvent {
  id: string;
  type: string;
  payload: unknown;
  createdAt: string;
}

const EVENT_JOB = 'event.deliver';

/**
 * The outbox. A module publishes an event in the same transaction as the change it describes;
 * the event is then delivered by a job, at least once, to each subscribed handler that wants it
 * (its `when`). The handler runs in a transaction together with a "handled" marker, so its
 * database effects happen once.
 */
export class EventBus {
  readonly #subscribers = new Map<string, Map<string, Subscriber>>();

  constructor(private readonly jobs: JobQueue) {
    jobs.registerInTransaction(EVENT_JOB, async (payload, tx) => {
      const { eventId, handler: handlerName } = payload as { eventId: string; handler: string };
      const row = await tx
        .selectFrom('events')
        .selectAll()
        .where('id', '=', eventId)
        .executeTakeFirstOrThrow();
      const handler = this.#subscribers.get(row.type)?.get(handlerName)?.handler;
      if (!handler) throw new Error(`no handler "${handlerName}" for event type "${row.type}"`);
      const marked = await tx
        .insertInto('handled_events')
        .values({ event_id: eventId, handler: handlerName, handled_at: nowIso() })
        .onConflict((oc) => oc.columns(['event_id', 'handler']).doNothing())
        .executeTakeFirst();
      if (Number(marked.numInsertedOrUpdatedRows ?? 0) === 0) return;
      await handler(
        { id: row.id, type: row.type, payload: JSON.parse(row.payload), createdAt: row.created_at },
        tx,
      );
    });
  }

  subscribe<P = unknown>(
    type: string,
    handlerName: string,
    handler: EventHandler,
    options: SubscribeOptions<P> = {},
  ): void {
    const forType = this.#subscribers.get(type) ?? new Map<string, Subscriber>();
    if (forType.has(handlerName)) throw new Error(`handler "${handlerName}" already subscribed to "${type}"`);
    forType.set(handlerName, { handler, when: options.when as Subscriber['when'] });
    this.#subscribers.set(type, forType);
  }

  async publish(tx: Tx, type: string, payload: unknown): Promise<string> {
    const id = newId();
    const text = JSON.stringify(payload);
    await tx.insertInto('events').values({ id, type, payload: text, created_at: nowIso() }).execute();
    const subscribers = [...(this.#subscribers.get(type) ?? [])];
    // Judge the payload as the handler will receive it: after the trip through JSON.
    const delivered = subscribers.some(([, s]) => s.when) ? JSON.parse(text) : undefined;
    for (const [handlerName, { when }] of subscribers) {
      if (when && !when(delivered)) continue;
      await this.jobs.enqueue(tx, { kind: EVENT_JOB, payload: { eventId: id, handler: handlerName } });
    }
    return id;
  }
}
