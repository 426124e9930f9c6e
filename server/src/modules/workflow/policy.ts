import { definePolicy, hasRole } from '../../platform/auth/policy.ts';
import type { TaskKind } from './tables.ts';

/** A task as policies see it. */
export interface TaskRecord {
  departmentId: string;
  role: 'window' | 'reviewer' | 'leader';
  kind: TaskKind;
  /** Region of the case the task belongs to. */
  regionCode: string;
  /** Comprehensive service centres (综合窗口) covering that region: their window staff accept and hand out any item. */
  serviceCenterIds: string[];
}

/** 一窗受理、一窗出件: the task kinds a comprehensive window handles for every department of its region. */
export const SERVICE_CENTRE_TASK_KINDS: readonly TaskKind[] = ['accept', 'issue'];

const holdsTask = (actor: Parameters<typeof hasRole>[0], task: TaskRecord) =>
  hasRole(actor, task.role, { departmentId: task.departmentId }) ||
  (SERVICE_CENTRE_TASK_KINDS.includes(task.kind) &&
    actor.roles.some((g) => g.role === 'window' && task.serviceCenterIds.includes(g.departmentId)));

/** Staff act on tasks of their department and role; one-window staff accept and hand out for every department. */
export const workflowPolicy = definePolicy<{
  handle: TaskRecord;
  view: TaskRecord;
  manageSystems: { regionCode: string };
}>({
  handle: holdsTask,
  // Supervisors oversee every case in their region; they read but do not act.
  view: (actor, task) =>
    holdsTask(actor, task) || hasRole(actor, 'supervisor', { regionCode: task.regionCode }),
  manageSystems: (actor, system) => hasRole(actor, 'admin', { regionCode: system.regionCode }),
});
