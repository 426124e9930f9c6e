import { Type, type Static } from 'typebox';

// The content of one version of a catalogue item (实施清单 + 办事指南), after DOMAIN.md §2.3.
// A version's content is stored whole and never changes once published; cases pin the version.

export const ITEM_TYPES = [
  '行政许可',
  '行政确认',
  '行政裁决',
  '行政给付',
  '行政奖励',
  '行政备案',
  '其他行政权力',
  '公共服务',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const EXERCISE_LEVELS = ['国家级', '省级', '市级', '县级', '乡级', '村级'] as const;
export const SERVICE_OBJECTS = ['natural_person', 'legal_person'] as const;
/** 即办件 (decided on the spot) or 承诺件 (decided within the promised time). */
export const HANDLING_TYPES = ['instant', 'promised'] as const;
/** 办理形式: 窗口办理, 网上办理, 邮寄申请 (快递), 自助终端. */
export const HANDLING_FORMS = ['window', 'online', 'postal', 'self_service'] as const;
/** 通办范围. */
export const CROSS_REGION_SCOPES = ['none', 'city', 'province', 'cross_province'] as const;
/** 审批结果类型: 出证办结, 出文办结, 审批办结, 其他. */
export const RESULT_TYPES = ['certificate', 'document', 'approval', 'other'] as const;
/** 业务办理项类型: 新设, 变更, 延续, 注销. */
export const HANDLING_KINDS = ['new', 'change', 'renewal', 'cancellation'] as const;
export const MATERIAL_NECESSITIES = ['required', 'optional', 'conditional'] as const;
export const MATERIAL_TYPES = ['original', 'copy', 'original_and_copy', 'other'] as const;
export const MATERIAL_FORMS = ['paper', 'electronic', 'paper_and_electronic'] as const;
/** 来源渠道: 申请人自备, 政府部门核发, 中介机构, 其他. */
export const SOURCE_CHANNELS = ['applicant', 'government', 'intermediary', 'other'] as const;

/** 网上办理深度 codes 1–8 (DOMAIN.md §2.3). */
export const ONLINE_DEPTHS: Record<number, { zh: string; en: string }> = {
  1: { zh: '互联网咨询', en: 'online consultation' },
  2: { zh: '互联网收件', en: 'online submission' },
  3: { zh: '互联网预审', en: 'online pre-review' },
  4: { zh: '互联网受理', en: 'online acceptance' },
  5: { zh: '互联网办理', en: 'online handling' },
  6: { zh: '互联网办理结果信息反馈', en: 'online result notice' },
  7: { zh: '互联网电子证照反馈', en: 'electronic licence result' },
  8: { zh: '其他', en: 'other' },
};

// ---- forms: a JSON Schema subset with field kinds ----

export const SCALAR_FIELD_KINDS = [
  'text',
  'textarea',
  'number',
  'date',
  'select',
  'region',
  'id_number',
  'uscc',
  'mobile',
  'address',
] as const;
export const FIELD_KINDS = [...SCALAR_FIELD_KINDS, 'rows'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

const fieldBase = {
  title: Type.String({ minLength: 1, maxLength: 60 }),
  titleEn: Type.Optional(Type.String({ maxLength: 80 })),
  description: Type.Optional(Type.String({ maxLength: 300 })),
  /**
   * What the field means across items (e.g. `applicant.name`, `enterprise.uscc`): fields with the
   * same concept are asked once in a bundle, and may be prefilled from the applicant's profile.
   */
  'x-concept': Type.Optional(Type.String({ pattern: '^[a-z][a-zA-Z0-9_.]*$', maxLength: 64 })),
};

export const ScalarField = Type.Object(
  {
    ...fieldBase,
    'x-kind': Type.Enum(SCALAR_FIELD_KINDS),
    type: Type.Enum(['string', 'number', 'integer'] as const),
    enum: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { minItems: 1, maxItems: 200 })),
    minimum: Type.Optional(Type.Number()),
    maximum: Type.Optional(Type.Number()),
    minLength: Type.Optional(Type.Integer({ minimum: 0 })),
    maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
  },
  { additionalProperties: false },
);
export type ScalarField = Static<typeof ScalarField>;

export const RowsField = Type.Object(
  {
    ...fieldBase,
    'x-kind': Type.Literal('rows'),
    type: Type.Literal('array'),
    minItems: Type.Optional(Type.Integer({ minimum: 0 })),
    maxItems: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    items: Type.Object(
      {
        type: Type.Literal('object'),
        properties: Type.Record(Type.String(), ScalarField),
        required: Type.Optional(Type.Array(Type.String())),
        'x-order': Type.Array(Type.String()),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type RowsField = Static<typeof RowsField>;

export const FormSchema = Type.Object(
  {
    type: Type.Literal('object'),
    properties: Type.Record(
      Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9_]*$' }),
      Type.Union([ScalarField, RowsField]),
    ),
    required: Type.Array(Type.String()),
    /** Display order of the fields. */
    'x-order': Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type FormSchema = Static<typeof FormSchema>;
export type FormField = ScalarField | RowsField;

// ---- guide ----

export const Fee = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    /** 收费标准 in fen. */
    amountFen: Type.Integer({ minimum: 0 }),
    standard: Type.Optional(Type.String({ maxLength: 300 })),
    basis: Type.String({ maxLength: 500 }),
    waivable: Type.Boolean(),
    waiverBasis: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type Fee = Static<typeof Fee>;

export const Material = Type.Object(
  {
    /** Stable across versions, unique within the item (e.g. `M01`). */
    key: Type.String({ pattern: '^[A-Za-z0-9_-]{1,32}$' }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    necessity: Type.Enum(MATERIAL_NECESSITIES),
    condition: Type.Optional(Type.String({ maxLength: 300 })),
    materialType: Type.Enum(MATERIAL_TYPES),
    form: Type.Enum(MATERIAL_FORMS),
    copies: Type.Integer({ minimum: 0, maximum: 99 }),
    sourceChannel: Type.Enum(SOURCE_CHANNELS),
    sourceNote: Type.Optional(Type.String({ maxLength: 300 })),
    acceptanceStandard: Type.Optional(Type.String({ maxLength: 1000 })),
    basis: Type.Optional(Type.String({ maxLength: 500 })),
    fillingNote: Type.Optional(Type.String({ maxLength: 1000 })),
    blankFormFileId: Type.Optional(Type.String()),
    sampleFileId: Type.Optional(Type.String()),
    /** Same concept = same document across items (e.g. `id_card`, `business_licence`): asked once in a bundle. */
    concept: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 })),
    /** Licence type code (电子证照类型) that can supply this material instead of the applicant. */
    licenceType: Type.Optional(Type.String({ maxLength: 64 })),
    /** Shared data resource code (政务信息资源) that can supply it. */
    dataResource: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);
export type Material = Static<typeof Material>;

// ---- handling rules: process definition, commitment, accept-with-gaps, automatic approval ----

/** 受理 accept → 审查 review → 决定 decide → 制证/送达 issue. */
export const STEP_KINDS = ['accept', 'review', 'decide', 'issue'] as const;
export type StepKind = (typeof STEP_KINDS)[number];
/** Staff roles that can hold a step's tasks. */
export const STEP_ROLES = ['window', 'reviewer', 'leader'] as const;
export type StepRole = (typeof STEP_ROLES)[number];

const stepTarget = {
  /** Credit code of the department holding the step; the item's implementing department when absent. */
  departmentUscc: Type.Optional(Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' })),
  role: Type.Enum(STEP_ROLES),
  /** Time budget in working days. */
  budgetDays: Type.Integer({ minimum: 0, maximum: 365 }),
  /** Code of a registered department system that takes this step instead of a person. */
  externalSystem: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{2,40}$' })),
};

export const ProcessBranch = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }),
    name: Type.String({ minLength: 1, maxLength: 60 }),
    ...stepTarget,
    departmentUscc: Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' }),
  },
  { additionalProperties: false },
);
export type ProcessBranch = Static<typeof ProcessBranch>;

export const ProcessStep = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }),
    name: Type.String({ minLength: 1, maxLength: 60 }),
    kind: Type.Enum(STEP_KINDS),
    ...stepTarget,
    /** 并联审批: other departments review at the same time; the step's own department (lead) then merges. */
    branches: Type.Optional(Type.Array(ProcessBranch, { minItems: 1, maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type ProcessStep = Static<typeof ProcessStep>;

/** 办理流程: versioned with the item; a case follows the definition of the version it pinned. */
export const ProcessDefinition = Type.Object(
  { steps: Type.Array(ProcessStep, { minItems: 2, maxItems: 12 }) },
  { additionalProperties: false },
);
export type ProcessDefinition = Static<typeof ProcessDefinition>;

/** 事中事后核查 methods. */
export const VERIFICATION_METHODS = ['data_check', 'site_inspection', 'document_review'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

/** 告知承诺制: the applicant signs the text instead of providing the named proofs. */
export const Commitment = Type.Object(
  {
    text: Type.String({ minLength: 10, maxLength: 3000 }),
    /** Materials the signed commitment replaces. */
    materialKeys: Type.Array(Type.String({ maxLength: 32 }), { minItems: 1, maxItems: 50 }),
    /** Post-approval verification; null when the item is exempt. */
    verification: Type.Union([
      Type.Object(
        {
          withinDays: Type.Integer({ minimum: 1, maximum: 365 }),
          method: Type.Enum(VERIFICATION_METHODS),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);
export type Commitment = Static<typeof Commitment>;

/** 容缺受理: secondary materials that may follow after acceptance, pledged by a date. */
export const GapAcceptance = Type.Object(
  { materialKeys: Type.Array(Type.String({ maxLength: 32 }), { minItems: 1, maxItems: 50 }) },
  { additionalProperties: false },
);
export type GapAcceptance = Static<typeof GapAcceptance>;

export const AUTO_RULE_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'startsWith', 'exists'] as const;
export type AutoRuleOp = (typeof AUTO_RULE_OPS)[number];

/** 秒批 rule over one fact: `form.<field>`, `applicant.<age|kind|sex|regionCode|…>` or `data.<resource>.<field>`. */
export const AutoApprovalRule = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }),
    description: Type.String({ minLength: 1, maxLength: 200 }),
    fact: Type.String({ pattern: '^(form|applicant|data)\\.[A-Za-z0-9_.]{1,100}$' }),
    op: Type.Enum(AUTO_RULE_OPS),
    // No JSON type on purpose: the HTTP layer coerces typed values (16 → "16"), which would change the rule.
    // publicationIssues checks the value fits the operator.
    value: Type.Optional(
      Type.Unsafe<string | number | boolean | Array<string | number>>({
        description: 'a number, text, true/false, or a list for `in`',
      }),
    ),
  },
  { additionalProperties: false },
);
export type AutoApprovalRule = Static<typeof AutoApprovalRule>;

export const AutoApproval = Type.Object(
  { rules: Type.Array(AutoApprovalRule, { minItems: 1, maxItems: 30 }) },
  { additionalProperties: false },
);
export type AutoApproval = Static<typeof AutoApproval>;

export const ItemContent = Type.Object(
  {
    // The six elements identical across the province are copied from the base item.
    name: Type.String({ minLength: 2, maxLength: 200 }),
    baseCode: Type.String({ pattern: '^[0-9A-Z]{12}$' }),
    itemType: Type.Enum(ITEM_TYPES),
    competentDepartment: Type.String({ maxLength: 100 }),
    legalBasis: Type.String({ maxLength: 5000 }),
    aliases: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 30 }),
    exerciseLevel: Type.Enum(EXERCISE_LEVELS),
    handlingKind: Type.Optional(Type.Enum(HANDLING_KINDS)),
    serviceObjects: Type.Array(Type.Enum(SERVICE_OBJECTS), { minItems: 1, maxItems: 2 }),
    acceptanceConditions: Type.String({ maxLength: 5000 }),
    handlingType: Type.Enum(HANDLING_TYPES),
    /** Working days; null where the law sets none (public services). */
    statutoryDays: Type.Union([Type.Integer({ minimum: 0, maximum: 3650 }), Type.Null()]),
    statutoryNote: Type.Optional(Type.String({ maxLength: 500 })),
    promisedDays: Type.Integer({ minimum: 0, maximum: 3650 }),
    promisedNote: Type.Optional(Type.String({ maxLength: 500 })),
    fees: Type.Array(Fee, { maxItems: 50 }),
    processDescription: Type.String({ maxLength: 5000 }),
    processSteps: Type.Array(
      Type.Object(
        { name: Type.String({ minLength: 1, maxLength: 60 }), description: Type.String({ maxLength: 1000 }) },
        { additionalProperties: false },
      ),
      { maxItems: 30 },
    ),
    handlingForms: Type.Array(Type.Enum(HANDLING_FORMS), { minItems: 1, maxItems: 4 }),
    onlineDepth: Type.Integer({ minimum: 1, maximum: 8 }),
    requiredVisits: Type.Integer({ minimum: 0, maximum: 10 }),
    visitReason: Type.Optional(Type.String({ maxLength: 500 })),
    appointment: Type.Boolean(),
    expressDelivery: Type.Boolean(),
    onlinePayment: Type.Boolean(),
    selfServiceTerminal: Type.Boolean(),
    inHall: Type.Boolean(),
    crossRegionScope: Type.Enum(CROSS_REGION_SCOPES),
    result: Type.Object(
      {
        type: Type.Enum(RESULT_TYPES),
        name: Type.String({ maxLength: 200 }),
        sampleFileId: Type.Optional(Type.String()),
        /** Licence type the result is issued as (电子证照), if any. */
        licenceType: Type.Optional(Type.String({ maxLength: 64 })),
      },
      { additionalProperties: false },
    ),
    topics: Type.Object(
      {
        person: Type.Array(Type.String({ maxLength: 32 })),
        enterprise: Type.Array(Type.String({ maxLength: 32 })),
      },
      { additionalProperties: false },
    ),
    location: Type.Object(
      {
        address: Type.String({ maxLength: 300 }),
        hours: Type.String({ maxLength: 200 }),
        phone: Type.String({ maxLength: 60 }),
        townCode: Type.Optional(Type.String({ maxLength: 18 })),
        villageCode: Type.Optional(Type.String({ maxLength: 18 })),
      },
      { additionalProperties: false },
    ),
    consultation: Type.String({ maxLength: 300 }),
    complaint: Type.String({ maxLength: 300 }),
    faq: Type.Array(
      Type.Object(
        {
          question: Type.String({ minLength: 1, maxLength: 300 }),
          answer: Type.String({ minLength: 1, maxLength: 3000 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
    materials: Type.Array(Material, { maxItems: 100 }),
    form: FormSchema,
    /** Steps and departments; the default process for the item's handling type when absent. */
    process: Type.Optional(ProcessDefinition),
    /** Offered 告知承诺 in place of named proofs. */
    commitment: Type.Optional(Commitment),
    /** Offered 容缺受理 for these secondary materials. */
    gapAcceptance: Type.Optional(GapAcceptance),
    /** 秒批: approved without a person when every rule passes. */
    autoApproval: Type.Optional(AutoApproval),
  },
  { additionalProperties: false },
);
export type ItemContent = Static<typeof ItemContent>;

// ---- bundles (一件事) ----

export const BundleContent = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 100 }),
    aliases: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 30 }),
    audience: Type.Enum(['person', 'enterprise'] as const),
    /** Life-event topic code (see topics). */
    topic: Type.String({ maxLength: 32 }),
    description: Type.String({ maxLength: 3000 }),
    /** Promised total time for the whole bundle, in working days. */
    promisedDays: Type.Integer({ minimum: 0, maximum: 3650 }),
    items: Type.Array(
      Type.Object(
        {
          /** Implementation code of the component item. */
          itemCode: Type.String({ minLength: 1, maxLength: 50 }),
          /** Implementation codes that must be approved first. */
          dependsOn: Type.Array(Type.String({ maxLength: 50 })),
          optional: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
      { minItems: 2, maxItems: 30 },
    ),
  },
  { additionalProperties: false },
);
export type BundleContent = Static<typeof BundleContent>;
