import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Value } from 'typebox/value';
import { ItemContent, type AutoApprovalRule, type ProcessStep, type StepKind } from './content.ts';
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

// ---- handling rules ----

const FIRE_BRIGADE = '113301060203342949';
const PLANNING = '11330106020303906F';

/** The sample item with a process, 告知承诺, 容缺受理 and 秒批 that break no rule. */
function withHandlingRules(overrides: Partial<ItemContent> = {}): ItemContent {
  const base = sampleItemContent();
  return sampleItemContent({
    materials: [
      ...base.materials,
      {
        key: 'M03',
        name: '从业人员健康证明',
        necessity: 'conditional',
        condition: '从事接触直接入口食品工作的',
        materialType: 'copy',
        form: 'electronic',
        copies: 0,
        sourceChannel: 'applicant',
      },
    ],
    process: {
      steps: [
        { key: 'accept', name: '受理', kind: 'accept', role: 'window', budgetDays: 1 },
        {
          key: 'review',
          name: '审查',
          kind: 'review',
          role: 'reviewer',
          budgetDays: 2,
          branches: [
            { key: 'fire', name: '消防意见', role: 'reviewer', budgetDays: 2, departmentUscc: FIRE_BRIGADE },
            { key: 'planning', name: '规划意见', role: 'reviewer', budgetDays: 1, departmentUscc: PLANNING },
          ],
        },
        { key: 'decide', name: '决定', kind: 'decide', role: 'leader', budgetDays: 1 },
        { key: 'issue', name: '制证', kind: 'issue', role: 'window', budgetDays: 1 },
      ],
    },
    commitment: {
      text: '本人承诺已建立食品安全管理制度并有效实施，如有虚假愿承担相应法律责任。',
      materialKeys: ['M02'],
      verification: { withinDays: 20, method: 'site_inspection' },
    },
    gapAcceptance: { materialKeys: ['M03'] },
    autoApproval: {
      rules: [
        {
          key: 'category',
          description: '经营热食或冷食',
          fact: 'form.category',
          op: 'in',
          value: ['热食类', '冷食类'],
        },
        {
          key: 'credit',
          description: '无严重失信记录',
          fact: 'applicant.hasBadCredit',
          op: 'eq',
          value: false,
        },
        { key: 'adult', description: '年满18周岁', fact: 'applicant.age', op: 'gte', value: 18 },
        {
          key: 'local',
          description: '浙江户籍',
          fact: 'applicant.regionCode',
          op: 'startsWith',
          value: '33',
        },
        { key: 'registered', description: '已登记', fact: 'data.enterprise_registry.status', op: 'exists' },
      ],
    },
    ...overrides,
  });
}

const fieldsAndCodes = (content: ItemContent) => publicationIssues(content).map((i) => [i.field, i.code]);

test('handling rules that make sense pass, and are valid content', () => {
  assert.equal(Value.Check(ItemContent, withHandlingRules()), true);
  assert.deepEqual(publicationIssues(withHandlingRules()), []);
});

test('a process starts with acceptance, has one decision, and issues only after it', () => {
  const step = (key: string, kind: StepKind) => ({
    key,
    name: key,
    kind,
    role: 'reviewer' as const,
    budgetDays: 0,
  });
  assert.deepEqual(
    fieldsAndCodes(
      withHandlingRules({
        process: { steps: [step('review', 'review'), step('issue', 'issue'), step('accept', 'accept')] },
      }),
    ),
    [
      ['process.steps.0.kind', 'PROCESS_FIRST_NOT_ACCEPT'],
      ['process.steps.2.kind', 'PROCESS_ACCEPT_REPEATED'],
      ['process.steps', 'PROCESS_DECIDE_MISSING'],
    ],
  );
  assert.deepEqual(
    fieldsAndCodes(
      withHandlingRules({
        process: {
          steps: [
            step('accept', 'accept'),
            step('issue', 'issue'),
            step('decide', 'decide'),
            step('recheck', 'review'),
            step('decide2', 'decide'),
          ],
        },
      }),
    ),
    [
      ['process.steps.4.kind', 'PROCESS_DECIDE_REPEATED'],
      ['process.steps.1.kind', 'PROCESS_ISSUE_BEFORE_DECIDE'],
      ['process.steps.3.kind', 'PROCESS_REVIEW_AFTER_DECIDE'],
    ],
  );
});

test('step and branch keys are unique, and only review steps have branches to other departments', () => {
  const content = withHandlingRules();
  const [accept, review, decide, issueStep] = content.process!.steps as [
    ProcessStep,
    ProcessStep,
    ProcessStep,
    ProcessStep,
  ];
  const fire = review.branches![0]!;
  const issues = publicationIssues(
    withHandlingRules({
      process: {
        steps: [
          accept,
          {
            ...review,
            departmentUscc: PLANNING,
            branches: [fire, { ...fire, key: 'fire2' }, { ...fire, key: 'accept', departmentUscc: PLANNING }],
          },
          { ...decide, key: 'review', branches: [{ ...fire, key: 'fire3', budgetDays: 1 }] },
          issueStep,
        ],
      },
    }),
  );
  assert.deepEqual(
    issues.map((i) => [i.field, i.code]),
    [
      ['process.steps.1.branches.1.departmentUscc', 'PROCESS_BRANCH_DEPARTMENT_DUPLICATE'],
      ['process.steps.1.branches.2.key', 'PROCESS_KEY_DUPLICATE'],
      ['process.steps.1.branches.2.departmentUscc', 'PROCESS_BRANCH_IS_LEAD'],
      ['process.steps.2.key', 'PROCESS_KEY_DUPLICATE'],
      ['process.steps.2.branches', 'PROCESS_BRANCHES_NOT_REVIEW'],
    ],
  );
  assert.match(issues[1]!.message.zh, /环节编号“accept”重复/);
});

test('step budgets fit the promised time; an instant item has zero budgets; a branch fits its step', () => {
  const over = publicationIssues(withHandlingRules({ promisedDays: 4 }));
  assert.deepEqual(
    over.map((i) => [i.field, i.code]),
    [['process.steps', 'PROCESS_BUDGET_EXCEEDS_PROMISED']],
  );
  assert.match(over[0]!.message.zh, /合计（5个工作日）不得超过承诺办结时限（4个工作日）/);

  const content = withHandlingRules();
  const steps = content.process!.steps.map((s) => ({ ...s, budgetDays: 0, branches: undefined }));
  steps[2] = { ...steps[2]!, budgetDays: 1 };
  assert.deepEqual(
    fieldsAndCodes(withHandlingRules({ handlingType: 'instant', promisedDays: 0, process: { steps } })),
    [['process.steps.2.budgetDays', 'PROCESS_BUDGET_INSTANT']],
  );
  steps[2] = { ...steps[2]!, budgetDays: 0 };
  assert.deepEqual(
    fieldsAndCodes(withHandlingRules({ handlingType: 'instant', promisedDays: 0, process: { steps } })),
    [],
  );

  const review = content.process!.steps[1]!;
  const late = { ...review, branches: [{ ...review.branches![0]!, budgetDays: 3 }] };
  const issues = publicationIssues(
    withHandlingRules({
      process: { steps: content.process!.steps.map((s) => (s.key === 'review' ? late : s)) },
    }),
  );
  assert.deepEqual(
    issues.map((i) => [i.field, i.code]),
    [['process.steps.1.branches.0.budgetDays', 'PROCESS_BRANCH_BUDGET_EXCEEDS_STEP']],
  );
  assert.match(issues[0]!.message.zh, /“消防意见”的时限（3个工作日）不得超过所在环节的时限（2个工作日）/);
});

test('a commitment replaces existing materials with a real text, and not for adjudication', () => {
  const commitment = withHandlingRules().commitment!;
  assert.deepEqual(
    fieldsAndCodes(
      withHandlingRules({
        itemType: '行政裁决',
        commitment: { ...commitment, text: ' '.repeat(12), materialKeys: ['M02', 'M09', 'M02'] },
      }),
    ),
    [
      ['commitment', 'COMMITMENT_ITEM_TYPE'],
      ['commitment.text', 'COMMITMENT_TEXT_BLANK'],
      ['commitment.materialKeys.1', 'COMMITMENT_MATERIAL_UNKNOWN'],
      ['commitment.materialKeys.2', 'COMMITMENT_MATERIAL_DUPLICATE'],
    ],
  );
  // Every other item type may offer it, public services included; so may an exempt (null) verification.
  for (const itemType of ['行政确认', '行政备案', '其他行政权力', '公共服务'] as const) {
    assert.deepEqual(
      codes(withHandlingRules({ itemType, commitment: { ...commitment, verification: null } })),
      [],
      itemType,
    );
  }
});

test('accepting with gaps names existing secondary materials, apart from the commitment ones', () => {
  assert.deepEqual(
    fieldsAndCodes(withHandlingRules({ gapAcceptance: { materialKeys: ['M03', 'X1', 'M02'] } })),
    [
      ['gapAcceptance.materialKeys.1', 'GAP_MATERIAL_UNKNOWN'],
      ['gapAcceptance.materialKeys.2', 'GAP_OVERLAPS_COMMITMENT'],
    ],
  );
  const allRequired = publicationIssues(
    withHandlingRules({ commitment: undefined, gapAcceptance: { materialKeys: ['M01', 'M02'] } }),
  );
  assert.deepEqual(
    allRequired.map((i) => [i.field, i.code]),
    [['gapAcceptance.materialKeys', 'GAP_ALL_REQUIRED']],
  );
  assert.match(allRequired[0]!.message.zh, /主要材料齐全/);
});

test('秒批 rules name facts the case can supply, with values that fit their operators', () => {
  const rule = (
    fact: string,
    op: AutoApprovalRule['op'],
    value?: AutoApprovalRule['value'],
    key = fact.replace(/\W/g, '_').toLowerCase(),
  ) => ({
    key,
    description: `规则${key}`,
    fact,
    op,
    ...(value === undefined ? {} : { value }),
  });
  const content = withHandlingRules({
    form: {
      ...sampleItemContent().form,
      properties: {
        ...sampleItemContent().form.properties,
        staff: {
          type: 'array',
          'x-kind': 'rows',
          title: '从业人员',
          items: {
            type: 'object',
            properties: { name: { type: 'string', 'x-kind': 'text', title: '姓名' } },
            'x-order': ['name'],
          },
        },
      },
      'x-order': [...sampleItemContent().form['x-order'], 'staff'],
    },
    autoApproval: {
      rules: [
        rule('form.staff.count', 'gte', 1, 'staff'),
        rule('form.staff', 'exists', undefined, 'staff'),
        rule('form.nothing', 'exists'),
        rule('form.uscc.prefix', 'startsWith', '91'),
        rule('applicant.income', 'gt', 0),
        rule('data.registry', 'exists'),
        rule('applicant.age', 'gte', '六十'),
        rule('applicant.regionCode', 'in', '330106'),
        rule('applicant.hasBadCredit', 'exists', 'no'),
        rule('form.enterpriseName', 'eq', ['甲', '乙']),
        rule('form.uscc', 'startsWith', ''),
        rule('applicant.sex', 'eq', '男'),
        rule('form.category', 'in', ['热食类', '烧烤类']),
        rule('applicant.hasBadCredit', 'exists', false, 'no_bad_credit'),
        rule('applicant.hasBadCredit', 'eq', 'false', 'good_credit'),
        // Numeric text is a number to the evaluator (JSON bodies may arrive coerced so).
        rule('applicant.age', 'lt', '60', 'below_sixty'),
      ],
    },
  });
  const issues = publicationIssues(content);
  assert.deepEqual(
    issues.map((i) => [i.field, i.code]),
    [
      ['autoApproval.rules.1.key', 'AUTO_RULE_KEY_DUPLICATE'],
      ['autoApproval.rules.1.fact', 'AUTO_RULE_FORM_FACT'],
      ['autoApproval.rules.2.fact', 'AUTO_RULE_FORM_FIELD_UNKNOWN'],
      ['autoApproval.rules.3.fact', 'AUTO_RULE_FORM_FACT'],
      ['autoApproval.rules.4.fact', 'AUTO_RULE_APPLICANT_FACT_UNKNOWN'],
      ['autoApproval.rules.5.fact', 'AUTO_RULE_DATA_FACT'],
      ['autoApproval.rules.6.value', 'AUTO_RULE_VALUE_NOT_NUMBER'],
      ['autoApproval.rules.7.value', 'AUTO_RULE_VALUE_NOT_LIST'],
      ['autoApproval.rules.8.value', 'AUTO_RULE_EXISTS_VALUE'],
      ['autoApproval.rules.9.value', 'AUTO_RULE_VALUE_NOT_SCALAR'],
      ['autoApproval.rules.10.value', 'AUTO_RULE_VALUE_NOT_TEXT'],
      ['autoApproval.rules.11.value', 'AUTO_RULE_VALUE_NOT_OPTION'],
      ['autoApproval.rules.12.value', 'AUTO_RULE_VALUE_NOT_OPTION'],
      ['autoApproval.rules.14.value', 'AUTO_RULE_VALUE_NOT_BOOLEAN'],
    ],
  );
  assert.match(issues[2]!.message.zh, /表单字段“nothing”不存在/);
  assert.match(issues[1]!.message.zh, /明细字段只能按行数判断（form\.staff\.count）/);
  assert.match(issues[11]!.message.zh, /“男”不是可能的取值（male、female）/);
  assert.match(issues[12]!.message.zh, /“烧烤类”不是可能的取值/);
});
