import type { Actor } from '../../platform/auth/actor.ts';
import { authorize } from '../../platform/auth/policy.ts';
import { appendAudit, systemContext, type AuditContext } from '../../platform/audit/audit.ts';
import type { WorkingCalendar } from '../../platform/calendar/working-days.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction, type Queryable, type Tx } from '../../platform/db/database.ts';
import { Problem, problems, fieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { ProcessStep } from '../catalog/content.ts';
import type { IdentityService } from '../identity/service.ts';
import { beijingDate, dueDateAfter, extendDueDate } from './deadlines.ts';
import {
  LINK_HEADERS,
  LINK_NONCE_RETENTION_MS,
  newLinkSecret,
  pushToDepartment,
  verifyLinkMessage,
  type CallbackBody,
} from './department-link.ts';
import { workflowPolicy, type TaskRecord } from './policy.ts';
import * as store from './store.ts';
import { cursorPage } from '../../platform/http/pagination.ts';
import type { InboxFilter, TaskRow } from './store.ts';
import type { TaskKind } from './tables.ts';

const PUSH_JOB = 'workflow.push';

export const taskNotFound = () => problems.notFound({ zh: '该待办', en: 'Task' });
export const taskConflict = () =>
  new Problem(409, 'TASK_VERSION_CONFLICT', {
    zh: '该待办已被他人处理或已更新，请刷新后再试',
    en: 'Someone else changed this task first; reload it and try again',
  });

/** The case facts the workflow needs to place tasks. */
export interface CaseRef {
  id: string;
  caseNumber: string | null;
  departmentId: string;
  regionCode: string;
}

/** What an external system's callback asks for; the cases module applies it to the case. */
export type ExternalOutcomeHandler = (
  tx: Tx,
  task: TaskRow,
  callback: CallbackBody,
  systemName: string,
) => Promise<void>;

/** Builds the permission record of a task (the cases module knows the case), in the caller's transaction. */
export type TaskRecordOf = (q: Queryable, task: TaskRow) => Promise<TaskRecord>;

export function createWorkflowService(platform: Platform, identity: IdentityService) {
  const { db, cipher, config } = platform;
  let externalOutcome: ExternalOutcomeHandler | null = null;

  const warnDate = (calendar: WorkingCalendar, start: Date, budgetDays: number) =>
    budgetDays === 0
      ? dueDateAfter(calendar, start, 0)
      : calendar.addWorkingDays(
          beijingDate(start),
          Math.max(1, Math.ceil((budgetDays * config.deadlineWarnPercent) / 100)),
        );

  async function departmentOf(q: Queryable, uscc: string | undefined, fallback: string): Promise<string> {
    if (!uscc) return fallback;
    const department = await identity.departmentByUscc(q, uscc);
    if (!department) throw new Error(`process names a department ${uscc} that does not exist`);
    return department.id;
  }

  async function insertTask(
    tx: Tx,
    fields: {
      caseId: string;
      key: string;
      name: string;
      kind: TaskKind;
      departmentId: string;
      role: TaskRow['role'];
      budgetDays: number;
      parentStepKey: string | null;
      externalSystem: string | null;
      waitingForBranches: boolean;
      data?: unknown;
    },
    now: Date,
    calendar: WorkingCalendar,
  ): Promise<TaskRow> {
    const started = !fields.waitingForBranches;
    const row: TaskRow = {
      id: newId(),
      case_id: fields.caseId,
      step_key: fields.key,
      step_name: fields.name,
      kind: fields.kind,
      department_id: fields.departmentId,
      role: fields.role,
      status: fields.externalSystem || !started ? 'waiting' : 'open',
      assignee_account_id: null,
      parent_step_key: fields.parentStepKey,
      external_system: fields.externalSystem,
      external_state: fields.externalSystem && started ? 'pushing' : null,
      external_reference: null,
      started_at: now.toISOString(),
      due_date: started ? dueDateAfter(calendar, now, fields.budgetDays) : null,
      warn_date: started ? warnDate(calendar, now, fields.budgetDays) : null,
      budget_days: fields.budgetDays,
      warned_level: 'normal',
      completed_at: null,
      completed_by: null,
      outcome: null,
      opinion: null,
      data: fields.data === undefined ? null : JSON.stringify(fields.data),
      version: 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await tx.insertInto('tasks').values(row).execute();
    if (row.external_state === 'pushing') {
      await platform.jobs.enqueue(tx, {
        kind: PUSH_JOB,
        payload: { taskId: row.id },
        uniqueKey: `push:${row.id}`,
      });
    }
    return row;
  }

  /** Opens a step's tasks: one task, or one per parallel branch plus the lead's merge task waiting for them. */
  async function startStep(tx: Tx, ref: CaseRef, step: ProcessStep, now: Date, calendar: WorkingCalendar) {
    const departmentId = await departmentOf(tx, step.departmentUscc, ref.departmentId);
    for (const branch of step.branches ?? []) {
      await insertTask(
        tx,
        {
          caseId: ref.id,
          key: branch.key,
          name: branch.name,
          kind: 'branch',
          departmentId: await departmentOf(tx, branch.departmentUscc, ref.departmentId),
          role: branch.role,
          budgetDays: branch.budgetDays,
          parentStepKey: step.key,
          externalSystem: branch.externalSystem ?? null,
          waitingForBranches: false,
        },
        now,
        calendar,
      );
    }
    return insertTask(
      tx,
      {
        caseId: ref.id,
        key: step.key,
        name: step.name,
        kind: step.kind,
        departmentId,
        role: step.role,
        budgetDays: step.budgetDays,
        parentStepKey: null,
        externalSystem: step.externalSystem ?? null,
        waitingForBranches: (step.branches?.length ?? 0) > 0,
      },
      now,
      calendar,
    );
  }

  /** A version-checked update of one task: the loser of a race gets 409. */
  async function updateTask(tx: Tx, task: TaskRow, set: Partial<TaskRow>, now: Date): Promise<TaskRow> {
    const result = await tx
      .updateTable('tasks')
      .set({ ...set, version: task.version + 1, updated_at: now.toISOString() })
      .where('id', '=', task.id)
      .where('version', '=', task.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw taskConflict();
    return { ...task, ...set, version: task.version + 1, updated_at: now.toISOString() };
  }

  /**
   * Marks a task done. For a parallel branch, the lead's merge task opens once every branch is done;
   * the answer says whether the step as a whole is finished (so the case may move on).
   */
  async function completeTask(
    tx: Tx,
    task: TaskRow,
    done: { outcome: string; opinion: string | null; by: string | null },
    now: Date,
    calendar: WorkingCalendar,
  ): Promise<{ stepDone: boolean }> {
    if (!['open', 'claimed', 'waiting'].includes(task.status)) throw taskConflict();
    await updateTask(
      tx,
      task,
      {
        status: 'done',
        outcome: done.outcome,
        opinion: done.opinion,
        completed_at: now.toISOString(),
        completed_by: done.by,
        external_state: task.external_system ? 'pushed' : null,
      },
      now,
    );
    if (task.kind !== 'branch') return { stepDone: true };
    const siblings = await tx
      .selectFrom('tasks')
      .select(['id', 'status'])
      .where('case_id', '=', task.case_id)
      .where('parent_step_key', '=', task.parent_step_key)
      .where('status', 'in', ['open', 'claimed', 'waiting'])
      .execute();
    if (siblings.length === 0) {
      const lead = await tx
        .selectFrom('tasks')
        .selectAll()
        .where('case_id', '=', task.case_id)
        .where('step_key', '=', task.parent_step_key)
        .where('status', '=', 'waiting')
        .executeTakeFirst();
      if (lead) {
        await updateTask(
          tx,
          lead,
          {
            status: lead.external_system ? 'waiting' : 'open',
            external_state: lead.external_system ? 'pushing' : null,
            started_at: now.toISOString(),
            due_date: dueDateAfter(calendar, now, lead.budget_days),
            warn_date: warnDate(calendar, now, lead.budget_days),
          },
          now,
        );
        if (lead.external_system) {
          await platform.jobs.enqueue(tx, {
            kind: PUSH_JOB,
            payload: { taskId: lead.id },
            uniqueKey: `push:${lead.id}`,
          });
        }
      }
    }
    return { stepDone: false };
  }

  /** Ends every unfinished task of a case (decided, withdrawn, returned). */
  async function cancelActiveTasks(tx: Tx, caseId: string, now: Date) {
    await tx
      .updateTable('tasks')
      .set((eb) => ({ status: 'cancelled', updated_at: now.toISOString(), version: eb('version', '+', 1) }))
      .where('case_id', '=', caseId)
      .where('status', 'in', ['open', 'claimed', 'waiting'])
      .execute();
  }

  /** After a suspension, every unfinished task's clock moves on by the working days it stood still. */
  async function extendActiveTasks(
    tx: Tx,
    caseId: string,
    days: number,
    calendar: WorkingCalendar,
    now: Date,
  ) {
    if (days <= 0) return;
    for (const task of await store.activeTasksOfCase(tx, caseId)) {
      if (!task.due_date) continue;
      await updateTask(
        tx,
        task,
        {
          due_date: extendDueDate(calendar, task.due_date, days),
          warn_date: task.warn_date ? extendDueDate(calendar, task.warn_date, days) : null,
        },
        now,
      );
    }
  }

  async function scheduleVerification(
    tx: Tx,
    ref: CaseRef,
    verification: { withinDays: number; method: string },
    now: Date,
    calendar: WorkingCalendar,
  ) {
    return insertTask(
      tx,
      {
        caseId: ref.id,
        key: 'verification',
        name: '事中事后核查',
        kind: 'verification',
        departmentId: ref.departmentId,
        role: 'reviewer',
        budgetDays: verification.withinDays,
        parentStepKey: null,
        externalSystem: null,
        waitingForBranches: false,
        data: { method: verification.method },
      },
      now,
      calendar,
    );
  }

  // ---- staff handling: claim, release, transfer ----

  async function loadForAction(tx: Tx, actor: Actor, taskId: string, version: number, record: TaskRecordOf) {
    const task = await store.findTask(tx, taskId);
    if (!task) throw taskNotFound();
    authorize(workflowPolicy, 'handle', actor, await record(tx, task));
    if (task.version !== version) throw taskConflict();
    return task;
  }

  /** Claim, release and transfer: load and authorise the task, check the change, write it and audit it. */
  async function reassign(
    actor: Actor,
    audit: AuditContext,
    taskId: string,
    version: number,
    record: TaskRecordOf,
    change: (
      tx: Tx,
      task: TaskRow,
    ) => Promise<{ set: Partial<TaskRow>; action: string; detail?: Record<string, unknown> }>,
  ) {
    const now = platform.clock.now();
    return inTransaction(db, async (tx) => {
      const task = await loadForAction(tx, actor, taskId, version, record);
      const { set, action, detail } = await change(tx, task);
      const updated = await updateTask(tx, task, set, now);
      await appendAudit(tx, audit, {
        action,
        recordType: 'task',
        recordId: task.id,
        ...(detail ? { detail } : {}),
      });
      return updated;
    });
  }

  const claim = (actor: Actor, audit: AuditContext, taskId: string, version: number, record: TaskRecordOf) =>
    reassign(actor, audit, taskId, version, record, async (_tx, task) => {
      if (task.status !== 'open') throw taskConflict();
      return { set: { status: 'claimed', assignee_account_id: actor.accountId }, action: 'task.claim' };
    });

  const release = (
    actor: Actor,
    audit: AuditContext,
    taskId: string,
    version: number,
    record: TaskRecordOf,
  ) =>
    reassign(actor, audit, taskId, version, record, async (_tx, task) => {
      if (task.status !== 'claimed' || task.assignee_account_id !== actor.accountId) {
        throw problems.conflict('TASK_NOT_YOURS', {
          zh: '只有认领人可以退回该待办',
          en: 'Only the member of staff who claimed the task can release it',
        });
      }
      return { set: { status: 'open', assignee_account_id: null }, action: 'task.release' };
    });

  const transfer = (
    actor: Actor,
    audit: AuditContext,
    taskId: string,
    version: number,
    toAccountId: string,
    record: TaskRecordOf,
  ) =>
    reassign(actor, audit, taskId, version, record, async (tx, task) => {
      if (task.status !== 'open' && task.status !== 'claimed') throw taskConflict();
      const holders = await identity.staffHolding(tx, task.department_id, task.role, toAccountId);
      if (holders.length === 0) {
        throw problems.validation([
          fieldError(
            'toAccountId',
            '只能转交给本部门具有相同岗位的工作人员',
            'A task can only go to staff of the same department holding the same role',
          ),
        ]);
      }
      return {
        set: { status: 'claimed', assignee_account_id: toAccountId },
        action: 'task.transfer',
        detail: { to: toAccountId },
      };
    });

  /** Staff who may take over a task (same department and role). */
  async function colleagues(task: TaskRow) {
    return identity.staffHolding(db, task.department_id, task.role);
  }

  // ---- departments' own systems ----

  async function registerExternalSystem(
    actor: Actor,
    audit: AuditContext,
    input: { code: string; name: string; departmentId: string; endpointUrl: string },
  ) {
    const department = (await identity.departmentsById([input.departmentId])).get(input.departmentId);
    if (!department) {
      throw problems.validation([fieldError('departmentId', '部门不存在', 'No such department')]);
    }
    authorize(workflowPolicy, 'manageSystems', actor, { regionCode: department.regionCode });
    const secret = newLinkSecret();
    const now = platform.clock.now().toISOString();
    await inTransaction(db, async (tx) => {
      if (await store.findExternalSystem(tx, input.code)) {
        throw problems.conflict('EXTERNAL_SYSTEM_EXISTS', {
          zh: `系统编码 ${input.code} 已被使用`,
          en: `System code ${input.code} is already in use`,
        });
      }
      await tx
        .insertInto('external_systems')
        .values({
          code: input.code,
          name: input.name,
          department_id: input.departmentId,
          endpoint_url: input.endpointUrl,
          secret_cipher: cipher.encrypt(secret),
          created_at: now,
          updated_at: now,
        })
        .execute();
      await appendAudit(tx, audit, {
        action: 'external_system.register',
        recordType: 'external_system',
        recordId: input.code,
        detail: { endpointUrl: input.endpointUrl, departmentId: input.departmentId },
      });
    });
    return {
      code: input.code,
      name: input.name,
      departmentId: input.departmentId,
      endpointUrl: input.endpointUrl,
      secret,
    };
  }

  async function listExternalSystems() {
    const rows = await db.selectFrom('external_systems').selectAll().orderBy('code').execute();
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      departmentId: r.department_id,
      endpointUrl: r.endpoint_url,
    }));
  }

  /** Builds the push body for a task; the cases module knows the case and supplies it. */
  let pushPayload: ((q: Queryable, task: TaskRow) => Promise<Record<string, unknown>>) | null = null;

  platform.jobs.register(PUSH_JOB, async (payload, context) => {
    const { taskId } = payload as { taskId: string };
    const task = await store.findTask(context.db, taskId);
    if (!task || task.status !== 'waiting' || task.external_state !== 'pushing' || !task.external_system)
      return;
    const system = await store.findExternalSystem(context.db, task.external_system);
    if (!system) throw new Error(`no department system "${task.external_system}" is registered`);
    const body = {
      ...(await pushPayload!(context.db, task)),
      taskId: task.id,
      stepName: task.step_name,
      callbackUrl: `${config.publicUrl}/api/v1/workflow/callbacks/${system.code}`,
      sentAt: platform.clock.now().toISOString(),
    };
    const result = await pushToDepartment({
      systemCode: system.code,
      endpointUrl: system.endpoint_url,
      secret: cipher.decrypt(system.secret_cipher),
      payload: body,
    });
    if (!result.ok && result.retryable) throw new Error(`push to ${system.code} failed: ${result.reason}`);
    await inTransaction(context.db, async (tx) => {
      const fresh = await store.findTask(tx, taskId);
      if (!fresh || fresh.external_state !== 'pushing') return;
      await updateTask(
        tx,
        fresh,
        result.ok
          ? { external_state: 'pushed', external_reference: result.reference }
          : { external_state: 'failed', status: 'open' },
        platform.clock.now(),
      );
    });
  });

  /** A signed answer from a department's system about a task it was given. */
  async function receiveCallback(
    code: string,
    headers: Record<string, string | string[] | undefined>,
    rawBody: string,
    body: CallbackBody,
  ) {
    const system = await store.findExternalSystem(db, code);
    const verdict = system
      ? verifyLinkMessage({
          systemCode: code,
          secret: cipher.decrypt(system.secret_cipher),
          headers,
          rawBody,
          now: platform.clock.now(),
        })
      : ({ ok: false, reason: 'wrong_system' } as const);
    if (!verdict.ok || !system) {
      throw new Problem(401, 'SIGNATURE_INVALID', {
        zh: '回调签名无效',
        en: `The callback's signature is not valid (${verdict.ok ? 'unknown system' : verdict.reason})`,
      });
    }
    const nonce = String(headers[LINK_HEADERS.nonce]);
    const now = platform.clock.now();
    return inTransaction(db, async (tx) => {
      await tx
        .deleteFrom('external_nonces')
        .where('received_at', '<', new Date(now.getTime() - LINK_NONCE_RETENTION_MS).toISOString())
        .execute();
      const fresh = await tx
        .insertInto('external_nonces')
        .values({ system_code: code, nonce, received_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['system_code', 'nonce']).doNothing())
        .executeTakeFirst();
      if (Number(fresh.numInsertedOrUpdatedRows ?? 0) === 0) {
        throw new Problem(409, 'CALLBACK_REPLAYED', {
          zh: '该回调已收到过（重复的请求标识）',
          en: 'This callback was already received (repeated nonce)',
        });
      }
      const task = await store.findTask(tx, body.taskId);
      if (!task || task.external_system !== code) throw taskNotFound();
      if (task.status !== 'waiting') throw taskConflict();
      await externalOutcome!(tx, task, body, system.name);
      await appendAudit(tx, systemContext(`department-system:${code}`), {
        action: `task.external_${body.outcome}`,
        recordType: 'task',
        recordId: task.id,
        detail: { caseId: task.case_id, reference: body.reference ?? null },
      });
      return { taskId: task.id, outcome: body.outcome };
    });
  }

  /**
   * 待办: open tasks of the actor's departments and roles, and for window staff of a service centre every
   * acceptance task of the regions their centre covers.
   */
  async function inbox(actor: Actor, query: Omit<InboxFilter, 'grants' | 'windowRegions' | 'accountId'>) {
    const windowGrants = actor.roles.filter((g) => g.role === 'window');
    const departments = await identity.departmentsById(windowGrants.map((g) => g.departmentId));
    const centres = new Set(
      [...departments.values()].filter((d) => d.kind === 'service_center').map((d) => d.id),
    );
    const rows = await store
      .inboxQuery(db, {
        grants: actor.roles
          .filter((g) => g.role === 'window' || g.role === 'reviewer' || g.role === 'leader')
          .map((g) => ({ departmentId: g.departmentId, role: g.role as TaskRow['role'] })),
        windowRegions: windowGrants
          .filter((g) => centres.has(g.departmentId))
          .map((g) => g.regionCode.replace(/0000$/, '').replace(/00$/, '')),
        accountId: actor.accountId!,
        ...query,
      })
      .execute();
    return cursorPage(rows, query.limit, (r) => r.id);
  }

  return {
    inbox,
    startStep,
    completeTask,
    updateTask,
    cancelActiveTasks,
    extendActiveTasks,
    scheduleVerification,
    claim,
    release,
    transfer,
    colleagues,
    registerExternalSystem,
    listExternalSystems,
    receiveCallback,
    /** Read-only: red and yellow alerts for supervision. */
    taskAlerts: store.taskAlerts,
    /** The cases module supplies the push body and applies callbacks (it owns the case). */
    connectCases(handlers: {
      pushPayload: (q: Queryable, task: TaskRow) => Promise<Record<string, unknown>>;
      externalOutcome: ExternalOutcomeHandler;
    }) {
      pushPayload = handlers.pushPayload;
      externalOutcome = handlers.externalOutcome;
    },
  };
}

export type WorkflowService = ReturnType<typeof createWorkflowService>;
