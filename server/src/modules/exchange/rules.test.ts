import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Problem } from '../../platform/errors.ts';
import {
  grantedFields,
  grantRequestErrors,
  grantRequirement,
  isOverdue,
  minimiseFields,
  resourceErrors,
  type DataItem,
  type ResourceDraft,
} from './rules.ts';

const items: DataItem[] = [
  { key: 'name', name: '姓名', type: 'string' },
  { key: 'address', name: '户籍地址', type: 'string', concept: 'applicant.householdAddress' },
  { key: 'regionCode', name: '户籍地区划', type: 'string' },
];

const draft = (over: Partial<ResourceDraft> = {}): ResourceDraft => ({
  code: 'household_registration',
  catalogueCode: '1010010001',
  name: '户籍信息',
  abstract: '常住人口户籍登记信息',
  items,
  shareType: 'conditional',
  shareCondition: '用于办理政务服务事项',
  legalBasis: '《中华人民共和国户口登记条例》',
  updateCycle: '实时',
  standsFor: ['household_register'],
  connector: { kind: 'dataset' },
  ...over,
});

test('a complete conditional resource has no errors', () => {
  assert.deepEqual(resourceErrors(draft(), { secretStored: false }), []);
});

test('conditional and non-shared resources need a legal basis; unconditional ones do not', () => {
  const fields = (d: ResourceDraft) => resourceErrors(d, { secretStored: false }).map((e) => e.field);
  assert.deepEqual(fields(draft({ legalBasis: ' ' })), ['legalBasis']);
  assert.deepEqual(fields(draft({ shareType: 'none', legalBasis: null, shareCondition: null })), [
    'legalBasis',
  ]);
  assert.deepEqual(fields(draft({ shareType: 'unconditional', legalBasis: null, shareCondition: null })), []);
});

test('catalogue code, duplicate item keys and http connector settings are checked together', () => {
  const errors = resourceErrors(
    draft({
      catalogueCode: '12',
      items: [items[0]!, items[0]!],
      connector: { kind: 'http', url: 'ftp://x', timeoutMs: 1000, secret: 'short' },
    }),
    { secretStored: false },
  ).map((e) => e.field);
  assert.deepEqual(errors, ['catalogueCode', 'items.1.key', 'connector.url', 'connector.secret']);
});

test('不予共享 cannot be requested; unconditional needs no grant', () => {
  assert.equal(grantRequirement('unconditional'), 'none_needed');
  assert.equal(grantRequirement('conditional'), 'grant_needed');
  assert.throws(
    () => grantRequirement('none'),
    (e: unknown) => e instanceof Problem && e.status === 422 && e.code === 'EXCHANGE_NOT_SHAREABLE',
  );
});

test('a grant request names known fields, a purpose and the items it serves', () => {
  assert.deepEqual(
    grantRequestErrors(items, { purpose: '', fields: ['name', 'salary'], itemCodes: [] }).map((e) => e.field),
    ['purpose', 'fields.1', 'itemCodes'],
  );
  const request = { purpose: '核验', fields: ['name'], itemCodes: ['A', ' B ', 'NO-SUCH-ITEM'] };
  assert.deepEqual(
    grantRequestErrors(items, request, new Set(['A', 'B'])).map((e) => e.field),
    ['itemCodes.2'],
  );
});

test('granted fields: unconditional all, conditional only approved grants covering the item', () => {
  assert.deepEqual(grantedFields('unconditional', items, []), ['name', 'address', 'regionCode']);
  assert.deepEqual(grantedFields('conditional', items, []), []);
  assert.deepEqual(grantedFields('none', items, []), []);
  const grants = [
    { status: 'approved' as const, fields: ['regionCode', 'name'], itemCodes: ['A'] },
    { status: 'pending' as const, fields: ['address'], itemCodes: ['A'] },
    { status: 'approved' as const, fields: ['address'], itemCodes: ['B'] },
  ];
  assert.deepEqual(grantedFields('conditional', items, grants, 'A'), ['name', 'regionCode']);
  assert.deepEqual(grantedFields('conditional', items, grants, 'B'), ['address']);
  assert.deepEqual(grantedFields('conditional', items, grants), ['name', 'address', 'regionCode']);
});

test('field minimisation returns only what is both asked and granted', () => {
  assert.deepEqual(minimiseFields(['name', 'address'], ['name']), {
    fields: ['name'],
    withheld: ['address'],
  });
  assert.deepEqual(minimiseFields([], ['name']), { fields: ['name'], withheld: [] });
});

test('a pending request is overdue the day after its due date', () => {
  assert.equal(isOverdue('pending', '2026-03-13', '2026-03-13'), false);
  assert.equal(isOverdue('pending', '2026-03-13', '2026-03-14'), true);
  assert.equal(isOverdue('approved', '2026-03-13', '2026-03-20'), false);
});
