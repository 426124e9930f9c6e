import type { ItemContent, ProcessDefinition, ProcessStep } from '../catalog/content.ts';

// Process definitions are data in the item's version; these pure functions read them.

/**
 * The item's own process, or the usual one for its handling type: 受理 → (审查) → 决定 within the
 * promised working days (accept 1, decide 1, review the rest; everything 0 for 即办件).
 */
export function resolveProcess(
  content: Pick<ItemContent, 'process' | 'promisedDays' | 'handlingType'>,
): ProcessDefinition {
  if (content.process) return content.process;
  const total = content.handlingType === 'instant' ? 0 : content.promisedDays;
  const accept = Math.min(1, total);
  const decide = total >= 2 ? 1 : 0;
  const review = total - accept - decide;
  const steps: ProcessStep[] = [
    { key: 'accept', name: '受理', kind: 'accept', role: 'window', budgetDays: accept },
  ];
  if (review > 0)
    steps.push({ key: 'review', name: '审查', kind: 'review', role: 'reviewer', budgetDays: review });
  steps.push({
    key: 'decide',
    name: '决定',
    kind: 'decide',
    role: review > 0 ? 'leader' : 'reviewer',
    budgetDays: decide,
  });
  return { steps };
}

export function stepByKey(process: ProcessDefinition, key: string): ProcessStep {
  const step = process.steps.find((s) => s.key === key);
  if (!step) throw new Error(`process has no step "${key}"`);
  return step;
}

/** The step after the given one, or null at the end. */
export function stepAfter(process: ProcessDefinition, key: string): ProcessStep | null {
  const index = process.steps.findIndex((s) => s.key === key);
  if (index < 0) throw new Error(`process has no step "${key}"`);
  return process.steps[index + 1] ?? null;
}

/** Steps a task may be returned to: those after acceptance and before the given step. */
export function returnableSteps(process: ProcessDefinition, key: string): ProcessStep[] {
  const index = process.steps.findIndex((s) => s.key === key);
  return process.steps.slice(0, Math.max(0, index)).filter((s) => s.kind !== 'accept');
}
