import { Type } from 'typebox';
import { FormSchema } from '../catalog/content.ts';
import { CASE_STATUSES } from './state-machine.ts';

const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });
const CHANNELS = ['online', 'mobile', 'window', 'self_service', 'forwarded'] as const;
const STATUSES = CASE_STATUSES;

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 8, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' }),
  ),
});

export const MaterialChoice = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 100 }),
    source: Type.Enum(['upload', 'licence', 'shared_data', 'pledge', 'waived'] as const),
    fileIds: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9a-f]{64}$' }), { maxItems: 20 })),
    pledgeDueDate: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    note: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

const application = {
  form: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { maxProperties: 200 })),
  materials: Type.Optional(Type.Array(MaterialChoice, { maxItems: 200 })),
  /** The applicant signs the item's 告知承诺 text instead of the named proofs. */
  commitment: Type.Optional(Type.Boolean()),
};

export const CreateCaseBody = Type.Object(
  {
    serviceKind: Type.Enum(['item', 'bundle'] as const),
    code: Type.String({ minLength: 1, maxLength: 60 }),
    channel: Type.Optional(Type.Enum(['online', 'mobile', 'self_service'] as const)),
    ...application,
    /** Submit at once (API clients, self-service terminals); otherwise a draft is created. */
    submit: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const Version = { version: Type.Integer({ minimum: 1 }) };

export const SaveCaseBody = Type.Object({ ...Version, ...application }, { additionalProperties: false });

export const WithdrawBody = Type.Object(Version, { additionalProperties: false });

export const SupplyBody = Type.Object(
  { fileIds: Type.Array(Type.String({ pattern: '^[0-9a-f]{64}$' }), { minItems: 1, maxItems: 20 }) },
  { additionalProperties: false },
);

export const VisitBody = Type.Object(
  { kind: Type.Enum(['collection', 'supplement'] as const) },
  { additionalProperties: false },
);

export const WindowIntakeBody = Type.Object(
  {
    person: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 50 }),
        idNumber: Type.String({ minLength: 15, maxLength: 18 }),
        mobile: Type.Optional(Type.String({ maxLength: 20 })),
      },
      { additionalProperties: false },
    ),
    itemCode: Type.String({ minLength: 1, maxLength: 60 }),
    form: Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { maxProperties: 200 }),
    materials: Type.Array(MaterialChoice, { maxItems: 200 }),
    commitment: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const Reason = Type.String({ minLength: 2, maxLength: 2000 });
const Opinion = Type.Optional(Type.String({ maxLength: 2000 }));

/** One shape for every decision; which fields an outcome needs is checked with the task (see outcomesFor). */
export const DecisionBody = Type.Object(
  {
    ...Version,
    outcome: Type.Enum([
      'accept',
      'request_correction',
      'refuse',
      'agree',
      'disagree',
      'approve',
      'deny',
      'issued',
      'passed',
      'failed',
    ] as const),
    note: Opinion,
    opinion: Opinion,
    /** refuse, deny, failed. */
    reason: Type.Optional(Reason),
    /** refuse, deny. */
    legalBasis: Type.Optional(Reason),
    /** request_correction: everything to correct, at once. */
    corrections: Type.Optional(
      Type.Array(
        Type.Object(
          {
            materialKey: Type.Optional(Type.String({ maxLength: 100 })),
            field: Type.Optional(Type.String({ maxLength: 64 })),
            problem: Type.String({ minLength: 2, maxLength: 500 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    ),
    /** approve: values the result gives later items, by field concept (e.g. enterprise.uscc). */
    resultValues: Type.Optional(
      Type.Record(
        Type.String({ pattern: '^[a-z][a-zA-Z0-9_.]*$', maxLength: 64 }),
        Type.String({ maxLength: 200 }),
        {
          maxProperties: 20,
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export const SPECIAL_PROCEDURES = [
  'expert_review',
  'hearing',
  'inspection',
  'testing',
  'public_notice',
] as const;

export const SuspendBody = Type.Object(
  {
    ...Version,
    /** 特别程序: 专家评审, 听证, 现场核查, 检验检测, 公示. */
    procedure: Type.Enum(SPECIAL_PROCEDURES),
    reason: Reason,
  },
  { additionalProperties: false },
);

export const ReturnBody = Type.Object(
  { ...Version, toStepKey: Type.String({ maxLength: 32 }), reason: Reason },
  { additionalProperties: false },
);

export const CommentBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);

export const VersionQuery = Type.Object({ version: Type.Integer({ minimum: 1 }) });

export const CaseListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
  status: Type.Optional(Type.Enum(STATUSES)),
});

export const CheckQuery = Type.Object({ code: Type.String({ minLength: 6, maxLength: 32 }) });

const MaterialView = Type.Object({
  key: Type.String(),
  name: Type.String(),
  necessity: Type.String(),
  status: Type.Enum(['provided', 'pledged', 'missing'] as const),
  source: Type.Union([Type.String(), Type.Null()]),
  fileIds: Type.Array(Type.String()),
  reference: Type.Union([Type.Record(Type.String(), Type.String()), Type.Null()]),
  pledgeDueDate: Type.Union([Type.String(), Type.Null()]),
  /** Where the platform could get it instead of an upload (licences, shared data), shown before consent. */
  offers: Type.Array(
    Type.Object({
      kind: Type.String(),
      provider: Type.String(),
      reference: Type.String(),
      description: Type.String(),
      /** What will be fetched, e.g. 出生日期、出生地点. */
      fields: Type.Optional(Type.Array(Type.String())),
    }),
  ),
  /** What was fetched with the applicant's consent (ID numbers masked) and which form fields it filled and binds. */
  fetched: Type.Union([
    Type.Object({
      provider: Type.String(),
      proof: Type.String(),
      fetchedAt: Type.String(),
      values: Type.Record(Type.String(), Type.String()),
      boundFields: Type.Array(Type.String()),
    }),
    Type.Null(),
  ]),
  /** Covered by the item's commitment text (告知承诺), may follow later (容缺). */
  commitmentCovers: Type.Boolean(),
  mayPledge: Type.Boolean(),
  sourceChannel: Type.String(),
  acceptanceStandard: Type.Union([Type.String(), Type.Null()]),
});

const TimelineEntry = Type.Object({
  at: Type.String(),
  action: Type.String(),
  stepName: Type.Union([Type.String(), Type.Null()]),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  internal: Type.Boolean(),
  /** Staff only. */
  actorName: Type.Union([Type.String(), Type.Null()]),
});

const TaskSummary = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  stepName: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  departmentName: Type.String(),
  dueDate: Type.Union([Type.String(), Type.Null()]),
  level: Type.String(),
  outcome: Type.Union([Type.String(), Type.Null()]),
  opinion: Type.Union([Type.String(), Type.Null()]),
  externalSystem: Type.Union([Type.String(), Type.Null()]),
  completedAt: Type.Union([Type.String(), Type.Null()]),
});

export const CaseView = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  serviceKind: Type.Enum(['item', 'bundle'] as const),
  serviceCode: Type.String(),
  serviceName: Type.String(),
  parentId: Type.Union([Type.String(), Type.Null()]),
  status: Type.Enum(STATUSES),
  statusName: Bilingual,
  channel: Type.Enum(CHANNELS),
  applicantKind: Type.Enum(['person', 'organisation'] as const),
  applicantName: Type.String(),
  department: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  regionCode: Type.String(),
  createdAt: Type.String(),
  submittedAt: Type.Union([Type.String(), Type.Null()]),
  acceptanceDueAt: Type.Union([Type.String(), Type.Null()]),
  acceptedAt: Type.Union([Type.String(), Type.Null()]),
  deemedAccepted: Type.Boolean(),
  promisedDueDate: Type.Union([Type.String(), Type.Null()]),
  statutoryDueDate: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.Union([Type.String(), Type.Null()]),
  decision: Type.Union([Type.Enum(['approved', 'denied'] as const), Type.Null()]),
  decisionReason: Type.Union([Type.String(), Type.Null()]),
  decisionBasis: Type.Union([Type.String(), Type.Null()]),
  closedAt: Type.Union([Type.String(), Type.Null()]),
  suspension: Type.Union([
    Type.Object({ since: Type.String(), procedure: Type.String(), reason: Type.String() }),
    Type.Null(),
  ]),
  suspendedWorkingDays: Type.Integer(),
  commitmentSigned: Type.Boolean(),
  correctionUsed: Type.Boolean(),
  trips: Type.Integer(),
  result: Type.Union([
    Type.Object({
      name: Type.String(),
      type: Type.String(),
      licenceType: Type.Union([Type.String(), Type.Null()]),
      documentNumber: Type.Union([Type.String(), Type.Null()]),
      values: Type.Record(Type.String(), Type.String()),
    }),
    Type.Null(),
  ]),
  autoTrace: Type.Union([
    Type.Object({
      passed: Type.Boolean(),
      evaluatedAt: Type.String(),
      results: Type.Array(
        Type.Object({
          key: Type.String(),
          description: Type.String(),
          passed: Type.Boolean(),
          reason: Type.Union([Bilingual, Type.Null()]),
        }),
      ),
    }),
    Type.Null(),
  ]),
  form: Type.Record(Type.String(), Type.Unknown()),
  formSchema: FormSchema,
  materials: Type.Array(MaterialView),
  commitment: Type.Union([
    Type.Object({ text: Type.String(), materialKeys: Type.Array(Type.String()) }),
    Type.Null(),
  ]),
  /** Latest date a pledged (容缺) material may be promised for, if the case were accepted today. */
  pledgeLimit: Type.Union([Type.String(), Type.Null()]),
  timeline: Type.Array(TimelineEntry),
  notices: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      title: Bilingual,
      number: Type.String(),
      issuedAt: Type.String(),
    }),
  ),
  visits: Type.Array(Type.Object({ kind: Type.String(), at: Type.String() })),
  children: Type.Array(
    Type.Object({
      id: Type.String(),
      caseNumber: Type.Union([Type.String(), Type.Null()]),
      serviceName: Type.String(),
      status: Type.Enum(STATUSES),
      statusName: Bilingual,
      departmentName: Type.Union([Type.String(), Type.Null()]),
      dependsOn: Type.Array(Type.String()),
    }),
  ),
  /** What the applicant has to do now, if anything. */
  expected: Type.Union([Bilingual, Type.Null()]),
  /** Staff only: the case's tasks. */
  tasks: Type.Array(TaskSummary),
  checkUrl: Type.Union([Type.String(), Type.Null()]),
});

export const CaseSummary = Type.Object({
  id: Type.String(),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  serviceKind: Type.Enum(['item', 'bundle'] as const),
  serviceCode: Type.String(),
  serviceName: Type.String(),
  status: Type.Enum(STATUSES),
  statusName: Bilingual,
  channel: Type.Enum(CHANNELS),
  createdAt: Type.String(),
  submittedAt: Type.Union([Type.String(), Type.Null()]),
  promisedDueDate: Type.Union([Type.String(), Type.Null()]),
});

export const CasePage = Type.Object({
  items: Type.Array(CaseSummary),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const PublicCheck = Type.Object({
  caseNumber: Type.String(),
  serviceName: Type.String(),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  status: Type.Enum(STATUSES),
  statusName: Bilingual,
  submittedAt: Type.Union([Type.String(), Type.Null()]),
  acceptedAt: Type.Union([Type.String(), Type.Null()]),
  promisedDueDate: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.Union([Type.String(), Type.Null()]),
  steps: Type.Array(
    Type.Object({
      at: Type.String(),
      action: Type.String(),
      stepName: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export const TaskDetail = Type.Object({
  task: Type.Object({
    id: Type.String(),
    version: Type.Integer(),
    kind: Type.String(),
    stepName: Type.String(),
    status: Type.String(),
    departmentName: Type.String(),
    dueDate: Type.Union([Type.String(), Type.Null()]),
    level: Type.String(),
    workingDaysLeft: Type.Union([Type.Integer(), Type.Null()]),
    claimedByMe: Type.Boolean(),
    claimed: Type.Boolean(),
    externalSystem: Type.Union([Type.String(), Type.Null()]),
    externalState: Type.Union([Type.String(), Type.Null()]),
    /** Whether the caller may act on it (supervisors only read). */
    mayHandle: Type.Boolean(),
    outcomes: Type.Array(Type.String()),
    returnableSteps: Type.Array(Type.Object({ key: Type.String(), name: Type.String() })),
    colleagues: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
    verificationMethod: Type.Union([Type.String(), Type.Null()]),
  }),
  case: CaseView,
});
