import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProcessDefinition } from '../catalog/content.ts';
import { resolveProcess, returnableSteps, stepAfter } from './process.ts';

const budgets = (p: ProcessDefinition) => p.steps.map((s) => `${s.key}:${s.role}:${s.budgetDays}`);

describe('process definitions', () => {
  it('uses the item’s own process when it has one', () => {
    const own: ProcessDefinition = {
      steps: [
        { key: 'accept', name: '受理', kind: 'accept', role: 'window', budgetDays: 1 },
        { key: 'decide', name: '决定', kind: 'decide', role: 'leader', budgetDays: 2 },
      ],
    };
    assert.equal(resolveProcess({ process: own, promisedDays: 3, handlingType: 'promised' }), own);
  });

  it('splits the promised days into accept, review and decide by default', () => {
    assert.deepEqual(budgets(resolveProcess({ promisedDays: 10, handlingType: 'promised' })), [
      'accept:window:1',
      'review:reviewer:8',
      'decide:leader:1',
    ]);
    assert.deepEqual(budgets(resolveProcess({ promisedDays: 2, handlingType: 'promised' })), [
      'accept:window:1',
      'decide:reviewer:1',
    ]);
    assert.deepEqual(budgets(resolveProcess({ promisedDays: 5, handlingType: 'instant' })), [
      'accept:window:0',
      'decide:reviewer:0',
    ]);
  });

  it('walks the steps and offers only later-than-acceptance earlier steps to return to', () => {
    const p = resolveProcess({ promisedDays: 10, handlingType: 'promised' });
    assert.equal(stepAfter(p, 'accept')?.key, 'review');
    assert.equal(stepAfter(p, 'decide'), null);
    assert.deepEqual(
      returnableSteps(p, 'decide').map((s) => s.key),
      ['review'],
    );
    assert.deepEqual(returnableSteps(p, 'review'), []);
  });
});
