import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, type Actor } from './actor.ts';
import { authorize, definePolicy, hasRole, regionCovers } from './policy.ts';
import type { Problem } from '../errors.ts';

const staff = (role: Actor['roles'][number]['role'], regionCode: string, departmentId = 'd1'): Actor => ({
  ...anonymous,
  kind: 'staff',
  accountId: 'a',
  roles: [{ role, regionCode, departmentId }],
});

test('a province scope covers its cities and counties, a city its counties, a county only itself', () => {
  assert.equal(regionCovers('330000', '330106'), true);
  assert.equal(regionCovers('330000', '320106'), false);
  assert.equal(regionCovers('330100', '330106'), true);
  assert.equal(regionCovers('330100', '330206'), false);
  assert.equal(regionCovers('330106', '330106'), true);
  assert.equal(regionCovers('330106', '330108'), false);
});

test('hasRole checks role, department and region together', () => {
  const reviewer = staff('reviewer', '330106', 'market');
  assert.equal(hasRole(reviewer, 'reviewer'), true);
  assert.equal(hasRole(reviewer, ['leader', 'reviewer'], { departmentId: 'market' }), true);
  assert.equal(hasRole(reviewer, 'reviewer', { departmentId: 'tax' }), false);
  assert.equal(hasRole(reviewer, 'reviewer', { regionCode: '330108' }), false);
  assert.equal(hasRole(reviewer, 'leader'), false);
});

test('authorize answers 401 to anonymous callers and 403 to signed-in ones', () => {
  const policy = definePolicy<{ edit: { regionCode: string } }>({
    edit: (actor, record) => hasRole(actor, 'admin', { regionCode: record.regionCode }),
  });
  assert.doesNotThrow(() => authorize(policy, 'edit', staff('admin', '330000'), { regionCode: '330106' }));
  const denied = (actor: Actor) => {
    try {
      authorize(policy, 'edit', actor, { regionCode: '330106' });
      return null;
    } catch (error) {
      return (error as Problem).status;
    }
  };
  assert.equal(denied(anonymous), 401);
  assert.equal(denied(staff('admin', '320000')), 403);
  assert.equal(denied(staff('reviewer', '330000')), 403);
});
