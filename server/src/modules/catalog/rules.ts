import type { ItemContent } from './content.ts';

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
  return [...issues, ...formIssues(content.form)];
}
