import type { Queryable } from '../../platform/db/database.ts';
import type { WorkflowTables } from './tables.ts';
import { contains, startsWith } from '../../platform/db/like.ts';
import { SERVICE_CENTRE_TASK_KINDS } from './policy.ts';

export type TaskRow = WorkflowTables['tasks'];
export type ExternalSystemRow = WorkflowTables['external_systems'];

export const findTask = (q: Queryable, id: string) =>
  q.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();

export const tasksOfCase = (q: Queryable, caseId: string) =>
  q
    .selectFrom('tasks')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const activeTasksOfCase = (q: Queryable, caseId: string) =>
  q
    .selectFrom('tasks')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('status', 'in', ['open', 'claimed', 'waiting'])
    .orderBy('id')
    .execute();

export const findExternalSystem = (q: Queryable, code: string) =>
  q.selectFrom('external_systems').selectAll().where('code', '=', code).executeTakeFirst();

export interface InboxFilter {
  /** Departments whose own tasks the caller sees, by role. */
  grants: Array<{ departmentId: string; role: TaskRow['role'] }>;
  /** Regions whose acceptance and hand-out tasks the caller's comprehensive window (综合窗口) may take. */
  windowRegions: string[];
  accountId: string;
  scope: 'mine' | 'available' | 'all';
  kind?: TaskRow['kind'];
  level?: 'normal' | 'warning' | 'overdue';
  q?: string;
  cursor?: string;
  limit: number;
}

/** Open work a member of staff may see, oldest first (ids are time-ordered), keyed by id for paging. */
export function inboxQuery(q: Queryable, f: InboxFilter) {
  return q
    .selectFrom('tasks')
    .innerJoin('cases', 'cases.id', 'tasks.case_id')
    .select([
      'tasks.id',
      'tasks.case_id',
      'tasks.step_name',
      'tasks.kind',
      'tasks.status',
      'tasks.role',
      'tasks.department_id',
      'tasks.assignee_account_id',
      'tasks.due_date',
      'tasks.started_at',
      'tasks.budget_days',
      'tasks.warned_level',
      'tasks.external_system',
      'tasks.version',
      'cases.case_number',
      'cases.service_name',
      'cases.applicant_name',
      'cases.status as case_status',
      'cases.region_code',
      'cases.channel',
    ])
    .where('tasks.status', 'in', ['open', 'claimed'])
    .where((eb) =>
      eb.or([
        ...f.grants.map((g) =>
          eb.and([eb('tasks.department_id', '=', g.departmentId), eb('tasks.role', '=', g.role)]),
        ),
        ...f.windowRegions.map((prefix) =>
          eb.and([
            eb('tasks.kind', 'in', SERVICE_CENTRE_TASK_KINDS),
            eb('cases.region_code', 'like', `${prefix}%`),
          ]),
        ),
        eb('tasks.assignee_account_id', '=', f.accountId),
      ]),
    )
    .$if(f.scope === 'mine', (b) => b.where('tasks.assignee_account_id', '=', f.accountId))
    .$if(f.scope === 'available', (b) => b.where('tasks.status', '=', 'open'))
    .$if(f.kind !== undefined, (b) => b.where('tasks.kind', '=', f.kind!))
    .$if(f.level !== undefined, (b) => b.where('tasks.warned_level', '=', f.level!))
    .$if(!!f.q, (b) =>
      b.where((eb) =>
        eb.or([
          contains('cases.case_number', f.q!),
          contains('cases.service_name', f.q!),
          contains('cases.applicant_name', f.q!),
        ]),
      ),
    )
    .$if(f.cursor !== undefined, (b) => b.where('tasks.id', '>', f.cursor!))
    .orderBy('tasks.id')
    .limit(f.limit + 1);
}

/** Open staff tasks past due (red) or in their warning window (yellow) on `today` (a Beijing date). */
export interface TaskAlertFilter {
  level: 'overdue' | 'warning';
  today: string;
  regionPrefix?: string;
  departmentId?: string;
  itemCode?: string;
  /** The last alert of the previous page: its due date and task id. */
  after?: { dueDate: string; id: string };
  limit: number;
}

/**
 * For supervision: open tasks by due date (the most overdue, or the nearest due, first), reading the case's
 * number, item and region (read-only) to place each alert. One ordered walk of the (status, due_date) index
 * per open status, merged: a first page never sorts every open task of a province.
 */
export async function taskAlerts(q: Queryable, f: TaskAlertFilter) {
  const walk = (status: 'open' | 'claimed') =>
    q
      .selectFrom('tasks as t')
      .innerJoin('cases as c', 'c.id', 't.case_id')
      .select([
        't.id',
        't.case_id',
        't.step_name',
        't.kind',
        't.department_id',
        't.due_date',
        't.warn_date',
        't.assignee_account_id',
        'c.case_number',
        'c.service_code',
        'c.service_name',
        'c.region_code',
      ])
      .where('t.status', '=', status)
      .where('t.due_date', 'is not', null)
      .$if(f.level === 'overdue', (b) => b.where('t.due_date', '<', f.today))
      .$if(f.level === 'warning', (b) =>
        b.where('t.due_date', '>=', f.today).where('t.warn_date', '<=', f.today),
      )
      .$if(f.regionPrefix !== undefined, (b) => b.where(startsWith('c.region_code', f.regionPrefix!)))
      .$if(f.departmentId !== undefined, (b) => b.where('t.department_id', '=', f.departmentId!))
      .$if(f.itemCode !== undefined, (b) => b.where('c.service_code', '=', f.itemCode!))
      .$if(f.after !== undefined, (b) =>
        b.where((eb) =>
          eb.or([
            eb('t.due_date', '>', f.after!.dueDate),
            eb.and([eb('t.due_date', '=', f.after!.dueDate), eb('t.id', '>', f.after!.id)]),
          ]),
        ),
      )
      .orderBy('t.due_date')
      .orderBy('t.id')
      .limit(f.limit + 1)
      .execute();
  const [open, claimed] = await Promise.all([walk('open'), walk('claimed')]);
  return [...open, ...claimed]
    .sort((x, y) => (x.due_date! + x.id < y.due_date! + y.id ? -1 : 1))
    .slice(0, f.limit + 1);
}
