import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anonymous, type Actor } from '../../platform/auth/actor.ts';
import { can } from '../../platform/auth/policy.ts';
import { casesPolicy, windowServes } from './policy.ts';

const xihu = { regionCode: '330106' };

test('a window serves the items of the regions it covers, whatever their cross-region scope', () => {
  assert.equal(windowServes('330106', { ...xihu, crossRegionScope: 'none' }), true);
  assert.equal(windowServes('330100', { ...xihu, crossRegionScope: 'none' }), true);
  assert.equal(windowServes('330000', { ...xihu, crossRegionScope: 'none' }), true);
  assert.equal(windowServes('330102', { ...xihu, crossRegionScope: 'none' }), false);
});

test('跨域通办 reaches as far as the item’s city, its province, or every region', () => {
  assert.equal(windowServes('330102', { ...xihu, crossRegionScope: 'city' }), true);
  assert.equal(windowServes('330203', { ...xihu, crossRegionScope: 'city' }), false);
  assert.equal(windowServes('330203', { ...xihu, crossRegionScope: 'province' }), true);
  assert.equal(windowServes('320102', { ...xihu, crossRegionScope: 'province' }), false);
  assert.equal(windowServes('320102', { ...xihu, crossRegionScope: 'cross_province' }), true);
});

test('intake needs a window role whose region the item serves', () => {
  const staff = (role: Actor['roles'][number]['role'], regionCode: string): Actor => ({
    ...anonymous,
    kind: 'staff',
    accountId: 'a',
    roles: [{ role, regionCode, departmentId: 'd' }],
  });
  const item = { ...xihu, crossRegionScope: 'none' } as const;
  assert.equal(can(casesPolicy, 'intake', staff('window', '330106'), item), true);
  assert.equal(can(casesPolicy, 'intake', staff('window', '330102'), item), false);
  assert.equal(can(casesPolicy, 'intake', staff('reviewer', '330106'), item), false);
  assert.equal(can(casesPolicy, 'fileAtWindow', staff('window', '330102'), null), true);
  assert.equal(can(casesPolicy, 'fileAtWindow', anonymous, null), false);
});
