import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Value } from 'typebox/value';
import { ItemContent } from './content.ts';
import { sampleItemContent } from './content.fixture.ts';
import { diffItemContent } from './diff.ts';
import { publicationIssues, resultTypeImpliedByName } from './rules.ts';

const codes = (content: ReturnType<typeof sampleItemContent>) =>
  publicationIssues(content).map((i) => i.code);

test('the sample item is valid content and breaks no publication rule', () => {
  assert.equal(Value.Check(ItemContent, sampleItemContent()), true);
  assert.deepEqual(publicationIssues(sampleItemContent()), []);
});

test('promised time may not exceed the statutory time', () => {
  const issues = publicationIssues(sampleItemContent({ promisedDays: 25 }));
  assert.deepEqual(
    issues.map((i) => [i.field, i.code]),
    [['promisedDays', 'PROMISED_EXCEEDS_STATUTORY']],
  );
  assert.match(issues[0]!.message.zh, /25个工作日.*20个工作日/);
});

test('visits need a reason; zero visits without online handling need postal handling', () => {
  assert.deepEqual(codes(sampleItemContent({ requiredVisits: 1 })), ['VISIT_REASON_MISSING']);
  assert.deepEqual(codes(sampleItemContent({ requiredVisits: 1, visitReason: '需现场核验原件' })), []);
  assert.deepEqual(codes(sampleItemContent({ handlingForms: ['window'], onlineDepth: 1 })), [
    'ZERO_VISIT_NEEDS_POSTAL',
  ]);
  assert.deepEqual(codes(sampleItemContent({ handlingForms: ['window', 'postal'], onlineDepth: 1 })), []);
});

test('the result type must match the result name', () => {
  assert.equal(resultTypeImpliedByName('食品经营许可证'), 'certificate');
  assert.equal(resultTypeImpliedByName('准予行政许可决定书'), null);
  assert.equal(resultTypeImpliedByName('关于同意设立的批复'), 'approval');
  assert.equal(resultTypeImpliedByName('备案通知文'), 'document');
  const issues = publicationIssues(
    sampleItemContent({ result: { type: 'document', name: '食品经营许可证' } }),
  );
  assert.deepEqual(
    issues.map((i) => [i.field, i.code]),
    [['result.type', 'RESULT_TYPE_MISMATCH']],
  );
});

test('fields required by item type', () => {
  assert.deepEqual(
    codes(sampleItemContent({ legalBasis: ' ', statutoryDays: null, acceptanceConditions: '' })),
    ['LEGAL_BASIS_MISSING', 'STATUTORY_DAYS_MISSING', 'ACCEPTANCE_CONDITIONS_MISSING'],
  );
  // A public service needs neither a legal basis nor a statutory limit.
  assert.deepEqual(
    codes(
      sampleItemContent({
        itemType: '公共服务',
        legalBasis: '',
        statutoryDays: null,
        acceptanceConditions: '',
      }),
    ),
    [],
  );
});

test('fees, materials and the form are checked too', () => {
  const content = sampleItemContent({
    fees: [{ name: '工本费', amountFen: 2000, basis: '', waivable: true }],
    materials: [
      ...sampleItemContent().materials,
      {
        key: 'M01',
        name: '重复',
        necessity: 'conditional',
        materialType: 'copy',
        form: 'paper',
        copies: 0,
        sourceChannel: 'applicant',
      },
    ],
    form: { ...sampleItemContent().form, required: ['nothing'], 'x-order': ['uscc'] },
  });
  assert.deepEqual(
    publicationIssues(content).map((i) => i.field),
    [
      'fees.0.basis',
      'fees.0.waiverBasis',
      'materials.2.key',
      'materials.2.condition',
      'materials.2.copies',
      'form.x-order',
      'form.required',
    ],
  );
});

test('the diff names each changed field, and an edited material once', () => {
  const before = sampleItemContent();
  const after = sampleItemContent({
    promisedDays: 3,
    materials: [{ ...before.materials[0]!, name: '营业执照（电子）' }, before.materials[1]!],
    form: {
      ...before.form,
      properties: {
        ...before.form.properties,
        note: { type: 'string', 'x-kind': 'textarea', title: '备注' },
      },
      'x-order': [...before.form['x-order'], 'note'],
    },
  });
  const changes = diffItemContent(before, after);
  assert.deepEqual(
    changes.map((c) => c.path),
    ['promisedDays', 'materials.M01', 'form.note', 'form.x-order'],
  );
  assert.equal(changes[0]!.label.zh, '承诺办结时限');
  assert.deepEqual([changes[0]!.before, changes[0]!.after], [5, 3]);
  assert.equal(changes[2]!.before, null);
  assert.deepEqual(diffItemContent(before, sampleItemContent()), []);
});

test('the diff ignores the order of keys', () => {
  const content = sampleItemContent();
  const reordered = Object.fromEntries(Object.entries(content).reverse()) as typeof content;
  const shuffled = {
    ...reordered,
    result: { licenceType: 'food_business_permit', name: '食品经营许可证', type: 'certificate' as const },
  };
  assert.deepEqual(diffItemContent(content, shuffled), []);
});
