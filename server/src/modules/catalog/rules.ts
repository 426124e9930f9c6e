import type { ItemContent, ProcessDefinition, StepKind } from './content.ts';

/** A publication rule that an item's content breaks. */
export interface Issue {
  field: string;
  code: string;
  message: { zh: string; en: string };
}

const issue = (field: string, code: string, zh: string, en: string): Issue => ({
  field,
  code,
  message: { zh, en },
});
const blank = (text: string | undefined) => !text || text.trim() === '';

/** 审批结果名称 → 审批结果类型, per the national checker: …证 出证办结, …文 出文办结, …批复 审批办结. */
export function resultTypeImpliedByName(name: string): ItemContent['result']['type'] | null {
  const trimmed = name.trim();
  if (trimmed.endsWith('批复')) return 'approval';
  if (trimmed.endsWith('证')) return 'certificate';
  if (trimmed.endsWith('文')) return 'document';
  return null;
}

const RESULT_TYPE_NAMES = {
  certificate: '出证办结',
  document: '出文办结',
  approval: '审批办结',
  other: '其他',
};

/** Checks the form schema is coherent: the order lists every field once, required fields exist, selects have options. */
function formIssues(form: ItemContent['form']): Issue[] {
  const issues: Issue[] = [];
  const keys = Object.keys(form.properties);
  const check = (
    path: string,
    order: string[],
    properties: Record<string, { 'x-kind': string; enum?: string[] }>,
    required: string[],
  ) => {
    const names = Object.keys(properties);
    if (order.length !== names.length || names.some((k) => !order.includes(k))) {
      issues.push(
        issue(
          `${path}x-order`,
          'FORM_ORDER',
          '表单字段顺序须恰好列出每个字段一次',
          'The field order must list every field exactly once',
        ),
      );
    }
    for (const r of required) {
      if (!names.includes(r))
        issues.push(
          issue(
            `${path}required`,
            'FORM_REQUIRED_UNKNOWN',
            `必填字段“${r}”不存在`,
            `Required field "${r}" does not exist`,
          ),
        );
    }
    for (const [key, field] of Object.entries(properties)) {
      if (field['x-kind'] === 'select' && !(field.enum && field.enum.length > 0)) {
        issues.push(
          issue(
            `${path}properties.${key}.enum`,
            'FORM_SELECT_OPTIONS',
            '下拉选择字段须设置选项',
            'A select field needs options',
          ),
        );
      }
    }
  };
  check('form.', form['x-order'], form.properties, form.required);
  for (const key of keys) {
    const field = form.properties[key]!;
    if (field['x-kind'] === 'rows' && 'items' in field) {
      check(
        `form.properties.${key}.items.`,
        field.items['x-order'],
        field.items.properties,
        field.items.required ?? [],
      );
    }
  }
  return issues;
}

/**
 * The rules an item must satisfy before it is published (drafts may break them). Each issue
 * names its field so the editor can show it there.
 */
export function publicationIssues(content: ItemContent): Issue[] {
  const issues: Issue[] = [];
  const isPower = content.itemType !== '公共服务';

  if (content.statutoryDays !== null && content.promisedDays > content.statutoryDays) {
    issues.push(
      issue(
        'promisedDays',
        'PROMISED_EXCEEDS_STATUTORY',
        `承诺办结时限（${content.promisedDays}个工作日）不得超过法定办结时限（${content.statutoryDays}个工作日）`,
        `The promised time (${content.promisedDays} working days) may not exceed the statutory time (${content.statutoryDays})`,
      ),
    );
  }
  if (content.requiredVisits > 0 && blank(content.visitReason)) {
    issues.push(
      issue(
        'visitReason',
        'VISIT_REASON_MISSING',
        '到办事现场次数大于0时，须说明必须现场办理的原因',
        'When an on-site visit is required, give the reason',
      ),
    );
  }
  if (
    content.requiredVisits === 0 &&
    !content.handlingForms.includes('online') &&
    !content.handlingForms.includes('postal')
  ) {
    issues.push(
      issue(
        'handlingForms',
        'ZERO_VISIT_NEEDS_POSTAL',
        '零跑动且不能网上办理的事项，办理形式须包含邮寄申请',
        'With zero visits and no online handling, postal application must be offered',
      ),
    );
  }
  if (content.onlineDepth >= 4 && content.onlineDepth <= 7 && !content.handlingForms.includes('online')) {
    issues.push(
      issue(
        'handlingForms',
        'ONLINE_DEPTH_NEEDS_ONLINE',
        '网上办理深度为互联网受理及以上时，办理形式须包含网上办理',
        'An online depth of online acceptance or deeper needs online handling',
      ),
    );
  }
  const implied = blank(content.result.name) ? null : resultTypeImpliedByName(content.result.name);
  if (implied && implied !== content.result.type) {
    issues.push(
      issue(
        'result.type',
        'RESULT_TYPE_MISMATCH',
        `审批结果名称“${content.result.name}”对应的结果类型应为${RESULT_TYPE_NAMES[implied]}`,
        `A result named "${content.result.name}" should have result type ${implied}`,
      ),
    );
  }
  if (isPower) {
    if (blank(content.legalBasis))
      issues.push(
        issue(
          'legalBasis',
          'LEGAL_BASIS_MISSING',
          '行政权力事项须填写设定依据',
          'Administrative power items need a legal basis',
        ),
      );
    if (content.statutoryDays === null)
      issues.push(
        issue(
          'statutoryDays',
          'STATUTORY_DAYS_MISSING',
          '行政权力事项须填写法定办结时限',
          'Administrative power items need a statutory time limit',
        ),
      );
    if (blank(content.result.name))
      issues.push(
        issue(
          'result.name',
          'RESULT_NAME_MISSING',
          '行政权力事项须填写审批结果名称',
          'Administrative power items need a result name',
        ),
      );
  }
  if (content.itemType === '行政许可' && blank(content.acceptanceConditions)) {
    issues.push(
      issue(
        'acceptanceConditions',
        'ACCEPTANCE_CONDITIONS_MISSING',
        '行政许可事项须填写受理条件',
        'Licensing items need acceptance conditions',
      ),
    );
  }
  if (blank(content.processDescription) && content.processSteps.length === 0) {
    issues.push(issue('processDescription', 'PROCESS_MISSING', '须填写办理流程', 'Describe the process'));
  }
  if (blank(content.location.address))
    issues.push(issue('location.address', 'ADDRESS_MISSING', '须填写办理地点', 'Give the place of handling'));
  if (blank(content.consultation))
    issues.push(
      issue('consultation', 'CONSULTATION_MISSING', '须填写咨询方式', 'Give a way to ask questions'),
    );
  if (blank(content.complaint))
    issues.push(issue('complaint', 'COMPLAINT_MISSING', '须填写监督投诉方式', 'Give a way to complain'));

  content.fees.forEach((fee, i) => {
    if (fee.amountFen > 0 && blank(fee.basis))
      issues.push(
        issue(
          `fees.${i}.basis`,
          'FEE_BASIS_MISSING',
          '收费项目须填写收费依据',
          'A fee needs its legal basis',
        ),
      );
    if (fee.waivable && blank(fee.waiverBasis))
      issues.push(
        issue(
          `fees.${i}.waiverBasis`,
          'FEE_WAIVER_BASIS_MISSING',
          '允许减免的收费须填写减免依据',
          'A waivable fee needs the basis of the waiver',
        ),
      );
  });
  const seen = new Set<string>();
  content.materials.forEach((material, i) => {
    if (seen.has(material.key))
      issues.push(
        issue(
          `materials.${i}.key`,
          'MATERIAL_KEY_DUPLICATE',
          `材料编号“${material.key}”重复`,
          `Material key "${material.key}" is used twice`,
        ),
      );
    seen.add(material.key);
    if (material.necessity === 'conditional' && blank(material.condition)) {
      issues.push(
        issue(
          `materials.${i}.condition`,
          'MATERIAL_CONDITION_MISSING',
          '视情况提供的材料须说明适用情形',
          'A conditional material needs its condition',
        ),
      );
    }
    if ((material.form === 'paper' || material.form === 'paper_and_electronic') && material.copies === 0) {
      issues.push(
        issue(
          `materials.${i}.copies`,
          'MATERIAL_COPIES_MISSING',
          '纸质材料须填写份数',
          'A paper material needs a number of copies',
        ),
      );
    }
  });
  return [...issues, ...formIssues(content.form), ...handlingRuleIssues(content)];
}

// ---- handling rules: process, 告知承诺, 容缺受理, 秒批 ----
// The credit codes of the departments holding steps and branches are not checked here: these rules
// are pure, and the content does not even name the implementing department. The Excel import checks
// that those departments exist.

/** Applicant facts the case module supplies to 秒批 rules, with the values of the enumerated ones. */
const APPLICANT_FACTS: Record<string, readonly string[] | null> = {
  age: null,
  sex: ['male', 'female'],
  kind: ['person', 'organisation'],
  regionCode: null,
  hasBadCredit: null,
};
/** A number, or text the 秒批 evaluator reads as one (as the HTTP layer's type coercion may leave it). */
const numeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value.trim()));

function processIssues(steps: ProcessDefinition['steps'], promisedDays: number): Issue[] {
  const issues: Issue[] = [];
  const at = (i: number, rest: string) => `process.steps.${i}.${rest}`;
  const kindAt = (kind: StepKind) => steps.flatMap((s, i) => (s.kind === kind ? [i] : []));

  if (steps[0] && steps[0].kind !== 'accept')
    issues.push(
      issue(
        at(0, 'kind'),
        'PROCESS_FIRST_NOT_ACCEPT',
        '办理流程的第一个环节须为受理',
        'The first step must be acceptance',
      ),
    );
  for (const i of kindAt('accept').filter((i) => i > 0))
    issues.push(
      issue(
        at(i, 'kind'),
        'PROCESS_ACCEPT_REPEATED',
        '受理只能是办理流程的第一个环节',
        'Acceptance can only be the first step',
      ),
    );
  const decides = kindAt('decide');
  if (decides.length === 0)
    issues.push(
      issue(
        'process.steps',
        'PROCESS_DECIDE_MISSING',
        '办理流程须有一个决定环节',
        'The process needs a decision step',
      ),
    );
  for (const i of decides.slice(1))
    issues.push(
      issue(
        at(i, 'kind'),
        'PROCESS_DECIDE_REPEATED',
        '办理流程只能有一个决定环节',
        'The process can have only one decision step',
      ),
    );
  const decideAt = decides[0];
  if (decideAt !== undefined) {
    steps.forEach((step, i) => {
      if (step.kind === 'issue' && i < decideAt)
        issues.push(
          issue(
            at(i, 'kind'),
            'PROCESS_ISSUE_BEFORE_DECIDE',
            '制证送达环节须在决定环节之后',
            'Issuing must come after the decision',
          ),
        );
      if (step.kind === 'review' && i > decideAt)
        issues.push(
          issue(
            at(i, 'kind'),
            'PROCESS_REVIEW_AFTER_DECIDE',
            '作出决定后只能安排制证送达环节',
            'Only issuing can follow the decision',
          ),
        );
    });
  }

  // Keys are unique across steps and branches: a task names the one it belongs to.
  const keys = new Set<string>();
  const checkKey = (key: string, path: string) => {
    if (keys.has(key))
      issues.push(
        issue(
          path,
          'PROCESS_KEY_DUPLICATE',
          `环节编号“${key}”重复`,
          `Step or branch key "${key}" is used twice`,
        ),
      );
    keys.add(key);
  };
  steps.forEach((step, i) => {
    checkKey(step.key, at(i, 'key'));
    if (!step.branches) return;
    if (step.kind !== 'review')
      issues.push(
        issue(
          at(i, 'branches'),
          'PROCESS_BRANCHES_NOT_REVIEW',
          '只有审查环节可以设置并联审查部门',
          'Only review steps may have parallel branches',
        ),
      );
    const departments = new Set<string>();
    step.branches.forEach((branch, j) => {
      const path = `branches.${j}`;
      checkKey(branch.key, at(i, `${path}.key`));
      if (branch.departmentUscc === step.departmentUscc)
        issues.push(
          issue(
            at(i, `${path}.departmentUscc`),
            'PROCESS_BRANCH_IS_LEAD',
            `并联审查部门“${branch.name}”不能是牵头部门本身`,
            `Branch "${branch.name}" cannot go to the lead department itself`,
          ),
        );
      else if (departments.has(branch.departmentUscc))
        issues.push(
          issue(
            at(i, `${path}.departmentUscc`),
            'PROCESS_BRANCH_DEPARTMENT_DUPLICATE',
            `并联审查部门“${branch.name}”在本环节中重复`,
            `Branch "${branch.name}" names a department already in this step`,
          ),
        );
      departments.add(branch.departmentUscc);
      // The lead merges the branches' opinions within its own step, so no branch may outlast the step.
      if (branch.budgetDays > step.budgetDays)
        issues.push(
          issue(
            at(i, `${path}.budgetDays`),
            'PROCESS_BRANCH_BUDGET_EXCEEDS_STEP',
            `并联审查部门“${branch.name}”的时限（${branch.budgetDays}个工作日）不得超过所在环节的时限（${step.budgetDays}个工作日）`,
            `Branch "${branch.name}" (${branch.budgetDays} working days) may not outlast its step (${step.budgetDays})`,
          ),
        );
    });
  });

  if (promisedDays === 0) {
    steps.forEach((step, i) => {
      if (step.budgetDays > 0)
        issues.push(
          issue(
            at(i, 'budgetDays'),
            'PROCESS_BUDGET_INSTANT',
            '承诺办结时限为0（即办）时，各环节时限须为0',
            'With a promised time of 0 (decided on the spot) every step budget must be 0',
          ),
        );
    });
  } else {
    const total = steps.reduce((sum, step) => sum + step.budgetDays, 0);
    if (total > promisedDays)
      issues.push(
        issue(
          'process.steps',
          'PROCESS_BUDGET_EXCEEDS_PROMISED',
          `各环节时限合计（${total}个工作日）不得超过承诺办结时限（${promisedDays}个工作日）`,
          `The step budgets add up to ${total} working days, more than the promised time (${promisedDays})`,
        ),
      );
  }
  return issues;
}

/** Material keys in a list must name materials of the item, once each. */
function materialKeyIssues(
  path: string,
  keys: string[],
  known: Set<string>,
  what: { code: string; zh: string; en: string },
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (!known.has(key))
      issues.push(
        issue(
          `${path}.${i}`,
          `${what.code}_MATERIAL_UNKNOWN`,
          `${what.zh}的材料编号“${key}”不存在`,
          `${what.en} names material "${key}", which the item does not have`,
        ),
      );
    else if (seen.has(key))
      issues.push(
        issue(
          `${path}.${i}`,
          `${what.code}_MATERIAL_DUPLICATE`,
          `${what.zh}的材料编号“${key}”重复`,
          `${what.en} lists material "${key}" twice`,
        ),
      );
    seen.add(key);
  });
  return issues;
}

function autoApprovalIssues(
  rules: NonNullable<ItemContent['autoApproval']>['rules'],
  form: ItemContent['form'],
): Issue[] {
  const issues: Issue[] = [];
  const keys = new Set<string>();
  rules.forEach((rule, i) => {
    const at = (rest: string) => `autoApproval.rules.${i}.${rest}`;
    const named = `秒批规则“${rule.description}”`;
    const namedEn = `Rule "${rule.key}"`;
    if (keys.has(rule.key))
      issues.push(
        issue(
          at('key'),
          'AUTO_RULE_KEY_DUPLICATE',
          `秒批规则编号“${rule.key}”重复`,
          `Rule key "${rule.key}" is used twice`,
        ),
      );
    keys.add(rule.key);

    // The fact must be one the case module can supply, or the rule can never pass.
    const [source, ...path] = rule.fact.split('.');
    let options: readonly string[] | undefined;
    if (source === 'form') {
      const field = form.properties[path[0]!];
      if (!field)
        issues.push(
          issue(
            at('fact'),
            'AUTO_RULE_FORM_FIELD_UNKNOWN',
            `${named}引用的表单字段“${path[0]}”不存在`,
            `${namedEn} names form field "${path[0]}", which the form does not have`,
          ),
        );
      else if (field['x-kind'] === 'rows' ? path.length !== 2 || path[1] !== 'count' : path.length !== 1)
        issues.push(
          issue(
            at('fact'),
            'AUTO_RULE_FORM_FACT',
            field['x-kind'] === 'rows'
              ? `${named}：明细字段只能按行数判断（form.${path[0]}.count）`
              : `${named}：只能引用表单字段本身（form.${path[0]}）`,
            field['x-kind'] === 'rows'
              ? `${namedEn}: a rows field can only be judged by its count (form.${path[0]}.count)`
              : `${namedEn}: refer to the field itself (form.${path[0]})`,
          ),
        );
      else if (field['x-kind'] !== 'rows') options = field.enum;
    } else if (source === 'applicant') {
      const name = path.join('.');
      if (!Object.hasOwn(APPLICANT_FACTS, name))
        issues.push(
          issue(
            at('fact'),
            'AUTO_RULE_APPLICANT_FACT_UNKNOWN',
            `${named}：申请人信息只能是 ${Object.keys(APPLICANT_FACTS).join('、')}`,
            `${namedEn}: applicant facts are ${Object.keys(APPLICANT_FACTS).join(', ')}`,
          ),
        );
      else options = APPLICANT_FACTS[name] ?? undefined;
    } else if (path.length < 2) {
      issues.push(
        issue(
          at('fact'),
          'AUTO_RULE_DATA_FACT',
          `${named}：共享数据应写作 data.资源代码.字段`,
          `${namedEn}: shared data facts are written data.<resource>.<field>`,
        ),
      );
    }

    const value = rule.value;
    const valueIssue = (code: string, zh: string, en: string) =>
      issues.push(issue(at('value'), code, `${named}：${zh}`, `${namedEn}: ${en}`));
    switch (rule.op) {
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        if (!numeric(value))
          valueIssue('AUTO_RULE_VALUE_NOT_NUMBER', '比较值须为数字', 'the value must be a number');
        break;
      case 'in':
        if (!Array.isArray(value) || value.length === 0)
          valueIssue('AUTO_RULE_VALUE_NOT_LIST', '“属于”的比较值须为非空列表', '"in" needs a non-empty list');
        break;
      case 'startsWith':
        if (typeof value !== 'string' || value === '')
          valueIssue(
            'AUTO_RULE_VALUE_NOT_TEXT',
            '“开头为”的比较值须为非空文本',
            '"startsWith" needs non-empty text',
          );
        break;
      case 'exists':
        // No value, or true: the fact must be present; false: it must be absent (e.g. no bad-credit record).
        if (value !== undefined && typeof value !== 'boolean')
          valueIssue(
            'AUTO_RULE_EXISTS_VALUE',
            '“存在”不填比较值，或填是/否',
            '"exists" takes no value, or true/false',
          );
        break;
      case 'eq':
      case 'ne':
        if (value === undefined || Array.isArray(value))
          valueIssue(
            'AUTO_RULE_VALUE_NOT_SCALAR',
            '比较值须为单个文本、数字或是/否',
            'the value must be one text, number or boolean',
          );
        // The fact is a boolean, and the evaluator never matches it with the text "false".
        else if (rule.fact === 'applicant.hasBadCredit' && typeof value !== 'boolean')
          valueIssue('AUTO_RULE_VALUE_NOT_BOOLEAN', '比较值须为是或否', 'the value must be true or false');
        break;
    }
    if (options && (rule.op === 'eq' || rule.op === 'ne' || rule.op === 'in')) {
      const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
      const unknown = values.filter((v) => !options.includes(String(v)));
      if (unknown.length > 0)
        valueIssue(
          'AUTO_RULE_VALUE_NOT_OPTION',
          `“${unknown.join('、')}”不是可能的取值（${options.join('、')}）`,
          `${unknown.join(', ')} is not a possible value (${options.join(', ')})`,
        );
    }
  });
  return issues;
}

/** Rules for the optional process definition, 告知承诺, 容缺受理 and 秒批 of an item. */
function handlingRuleIssues(content: ItemContent): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(content.materials.map((m) => m.key));
  if (content.process) issues.push(...processIssues(content.process.steps, content.promisedDays));
  const { commitment, gapAcceptance } = content;
  if (commitment) {
    if (content.itemType === '行政裁决')
      issues.push(
        issue(
          'commitment',
          'COMMITMENT_ITEM_TYPE',
          '行政裁决事项不适用告知承诺制',
          'Commitment (告知承诺) does not apply to administrative adjudication',
        ),
      );
    if (blank(commitment.text))
      issues.push(
        issue(
          'commitment.text',
          'COMMITMENT_TEXT_BLANK',
          '须填写告知承诺书内容',
          'Give the text of the commitment',
        ),
      );
    issues.push(
      ...materialKeyIssues('commitment.materialKeys', commitment.materialKeys, known, {
        code: 'COMMITMENT',
        zh: '告知承诺替代',
        en: 'The commitment',
      }),
    );
  }
  if (gapAcceptance) {
    issues.push(
      ...materialKeyIssues('gapAcceptance.materialKeys', gapAcceptance.materialKeys, known, {
        code: 'GAP',
        zh: '容缺受理',
        en: 'Acceptance with gaps',
      }),
    );
    const pledged = new Set(commitment?.materialKeys ?? []);
    gapAcceptance.materialKeys.forEach((key, i) => {
      if (pledged.has(key))
        issues.push(
          issue(
            `gapAcceptance.materialKeys.${i}`,
            'GAP_OVERLAPS_COMMITMENT',
            `材料“${key}”已由告知承诺替代，不能再容缺`,
            `Material "${key}" is already replaced by the commitment`,
          ),
        );
    });
    // 容缺 presumes the key materials are complete: at least one required material must stay required.
    const later = new Set(gapAcceptance.materialKeys);
    if (content.materials.every((m) => m.necessity !== 'required' || later.has(m.key)))
      issues.push(
        issue(
          'gapAcceptance.materialKeys',
          'GAP_ALL_REQUIRED',
          '容缺受理须以主要材料齐全为前提，不能把全部必要材料列为容缺',
          'Acceptance with gaps needs the key materials: not every required material may follow later',
        ),
      );
  }
  if (content.autoApproval) issues.push(...autoApprovalIssues(content.autoApproval.rules, content.form));
  return issues;
}
