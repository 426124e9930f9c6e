import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FormSchema } from './content.ts';
import { sampleItemContent } from './content.fixture.ts';
import { validateFormData } from './form.ts';
import { mergeBundle } from './bundle-merge.ts';

const context = { isRegion: (code: string) => ['330106', '330100'].includes(code) };

const schema: FormSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', 'x-kind': 'text', title: '姓名', maxLength: 10 },
    idNumber: { type: 'string', 'x-kind': 'id_number', title: '身份证号' },
    birthDate: { type: 'string', 'x-kind': 'date', title: '出生日期' },
    region: { type: 'string', 'x-kind': 'region', title: '户籍地' },
    staff: { type: 'integer', 'x-kind': 'number', title: '从业人数', minimum: 1 },
    shareholders: {
      type: 'array',
      'x-kind': 'rows',
      title: '股东',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', 'x-kind': 'text', title: '股东姓名' },
          mobile: { type: 'string', 'x-kind': 'mobile', title: '手机' },
        },
        required: ['name'],
        'x-order': ['name', 'mobile'],
      },
    },
  },
  required: ['name', 'idNumber', 'shareholders'],
  'x-order': ['name', 'idNumber', 'birthDate', 'region', 'staff', 'shareholders'],
};

test('valid form data passes', () => {
  const errors = validateFormData(
    schema,
    {
      name: '张三',
      idNumber: '11010519491231002X',
      birthDate: '2024-02-29',
      region: '330106',
      staff: 3,
      shareholders: [{ name: '李四', mobile: '13800000002' }],
    },
    context,
  );
  assert.deepEqual(errors, []);
});

test('every wrong field is named, including fields inside repeated rows', () => {
  const errors = validateFormData(
    schema,
    {
      name: '这是一个远远超过十个字的名字啊啊',
      idNumber: '110105194912310021',
      birthDate: '2023-02-29',
      region: '999999',
      staff: 0.5,
      shareholders: [{ mobile: '123' }],
      extra: 'x',
    },
    context,
  );
  assert.deepEqual(
    errors.map((e) => e.field),
    [
      'extra',
      'name',
      'idNumber',
      'birthDate',
      'region',
      'staff',
      'shareholders.0.name',
      'shareholders.0.mobile',
    ],
  );
  assert.ok(errors.every((e) => /[\u4e00-\u9fa5]/.test(e.message.zh) && /[a-z]/i.test(e.message.en)));
});

test('required fields and minimum rows', () => {
  const errors = validateFormData(schema, { shareholders: [] }, context);
  assert.deepEqual(
    errors.map((e) => e.field),
    ['name', 'idNumber', 'shareholders'],
  );
});

test('a bundle asks a shared field once and a shared material once, keeping the strictest necessity', () => {
  const licence = sampleItemContent();
  const signboard = sampleItemContent({
    name: '户外招牌设置',
    form: {
      type: 'object',
      properties: {
        enterpriseName: {
          type: 'string',
          'x-kind': 'text',
          title: '单位名称',
          'x-concept': 'enterprise.name',
        },
        size: { type: 'string', 'x-kind': 'text', title: '招牌尺寸' },
      },
      required: ['size'],
      'x-order': ['enterpriseName', 'size'],
    },
    materials: [{ ...licence.materials[0]!, key: 'A1', necessity: 'optional' }],
  });
  const merged = mergeBundle([
    { itemCode: 'FOOD', content: licence },
    { itemCode: 'SIGN', content: signboard },
  ]);
  const name = merged.fields.find((f) => f.key === 'enterprise_name')!;
  assert.deepEqual(name.usedBy, [
    { itemCode: 'FOOD', fieldKey: 'enterpriseName' },
    { itemCode: 'SIGN', fieldKey: 'enterpriseName' },
  ]);
  assert.equal(merged.fields.filter((f) => f.field['x-concept'] === 'enterprise.name').length, 1);
  assert.deepEqual(merged.schema['x-order'], [
    'enterprise_name',
    'enterprise_uscc',
    'applicant_mobile',
    'i1_category',
    'i2_size',
  ]);
  assert.ok(merged.schema.required.includes('enterprise_name') && merged.schema.required.includes('i2_size'));
  const licenceMaterial = merged.materials.find((m) => m.key === 'business_licence')!;
  assert.equal(licenceMaterial.usedBy.length, 2);
  assert.equal(licenceMaterial.material.necessity, 'required');
  assert.equal(merged.materials.length, 2);
});
