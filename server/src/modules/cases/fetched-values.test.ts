import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import type { FormSchema } from '../catalog/content.ts';
import { alteredBindings, bindFetchedValues } from './fetched-values.ts';

const hash = (v: string) => crypto.createHmac('sha256', 'k').update(v).digest('hex');
const schema = {
  type: 'object',
  'x-order': ['birthDate', 'area', 'note'],
  required: [],
  properties: {
    birthDate: { type: 'string', 'x-kind': 'date', title: '出生日期', 'x-concept': 'newborn.birthDate' },
    area: { type: 'number', 'x-kind': 'number', title: '面积', 'x-concept': 'property.area' },
    note: { type: 'string', 'x-kind': 'text', title: '备注' },
  },
} as unknown as FormSchema;

test('fetched values fill the fields of their concept (numbers as numbers) and bind only those fields', () => {
  const { form, bound } = bindFetchedValues(
    schema,
    { birthDate: '2026-01-01', note: '自己填的' },
    { 'newborn.birthDate': '2026-11-20', 'property.area': '89.5', 'newborn.sex': '女' },
    hash,
  );
  assert.deepEqual(form, { birthDate: '2026-11-20', area: 89.5, note: '自己填的' });
  assert.deepEqual(Object.keys(bound).sort(), ['area', 'birthDate']);
  assert.deepEqual(alteredBindings(form, bound, hash), []);
});

test('an altered or removed bound value is reported; unbound fields may change freely', () => {
  const { form, bound } = bindFetchedValues(
    schema,
    {},
    { 'newborn.birthDate': '2026-11-20', 'property.area': '90' },
    hash,
  );
  assert.deepEqual(alteredBindings({ ...form, birthDate: '2026-11-21', note: 'x' }, bound, hash), [
    'birthDate',
  ]);
  assert.deepEqual(alteredBindings({ birthDate: '2026-11-20' }, bound, hash), ['area']);
});

test('a field another source already bound keeps its value and is not bound twice', () => {
  const { form, bound } = bindFetchedValues(
    schema,
    { birthDate: '2026-11-20' },
    { 'newborn.birthDate': '2026-11-21', 'property.area': '90' },
    hash,
    new Set(['birthDate']),
  );
  assert.equal(form.birthDate, '2026-11-20');
  assert.deepEqual(Object.keys(bound), ['area']);
});
