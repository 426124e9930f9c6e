import { Type } from 'typebox';
import { NOT_BLANK } from '../../platform/http/schemas.ts';

const Bi = Type.Object({ zh: Type.String(), en: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max, pattern: NOT_BLANK });
const Version = { version: Type.Integer({ minimum: 1 }) };

export const IdParam = Type.Object({ id: Type.String({ maxLength: 64 }) });
export const TokenQuery = Type.Object({ token: Type.String({ maxLength: 400 }) });
export const LevelSchema = Type.Union([1, 2, 3, 4, 5].map((n) => Type.Literal(n)));
export const StageSchema = Type.Enum(['result', 'window_intake', 'collection'] as const);
export const KindSchema = Type.Enum(['online', 'window'] as const);
export const ResultRatingSchema = Type.Enum(['satisfied', 'basically_satisfied', 'dissatisfied'] as const);

export const RatingOption = Type.Object({
  key: Type.String({ pattern: '^[a-z0-9_]{1,40}$' }),
  indicator: Type.Object({ zh: Text(40), en: Text(80) }),
  label: Type.Object({ zh: Text(60), en: Text(120) }),
  levels: Type.Array(LevelSchema, { minItems: 1, maxItems: 5 }),
});

export const OptionSet = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  version: Type.Integer(),
  publishedAt: Type.String(),
  superseded: Type.Boolean(),
  options: Type.Array(RatingOption),
});

export const PublishOptionSetBody = Type.Object(
  { kind: KindSchema, options: Type.Array(RatingOption, { minItems: 1, maxItems: 60 }) },
  { additionalProperties: false },
);

const RateFields = {
  level: LevelSchema,
  options: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 }),
  comment: Type.Optional(Type.String({ maxLength: 500 })),
  optionSetVersion: Type.Integer({ minimum: 1 }),
};

export const RateBody = Type.Object(
  { ...RateFields, stage: StageSchema, channel: Type.Enum(['web', 'mobile'] as const) },
  { additionalProperties: false },
);
export const RateByLinkBody = Type.Object(RateFields, { additionalProperties: false });

export const Evaluation = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  caseNumber: Type.String(),
  serviceName: Type.String(),
  stage: Type.String(),
  level: Type.Integer(),
  levelName: Bi,
  isDefault: Type.Boolean(),
  optionSetVersion: Type.Integer(),
  options: Type.Array(Type.Object({ key: Type.String(), label: Bi })),
  comment: Nullable(Type.String()),
  channel: Type.String(),
  createdAt: Type.String(),
});

export const EvaluationPage = Type.Object({
  items: Type.Array(Evaluation),
  nextCursor: Nullable(Type.String()),
});

const StageState = {
  stage: Type.String(),
  rateable: Type.Boolean(),
  reason: Nullable(Bi),
  evaluation: Nullable(Evaluation),
};

export const CaseRating = Type.Object({
  caseId: Type.String(),
  caseNumber: Nullable(Type.String()),
  serviceName: Type.String(),
  stages: Type.Array(Type.Object(StageState)),
  optionSet: OptionSet,
});

export const LinkView = Type.Object({
  caseNumber: Nullable(Type.String()),
  serviceName: Type.String(),
  departmentName: Nullable(Type.String()),
  channel: Type.String(),
  expiresAt: Type.String(),
  ...StageState,
  optionSet: OptionSet,
});

export const DeviceLinkBody = Type.Object({ stage: StageSchema }, { additionalProperties: false });
export const DeviceLink = Type.Object({ token: Type.String(), url: Type.String(), expiresAt: Type.String() });

export const RectificationItem = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  caseId: Type.String(),
  caseNumber: Type.String(),
  serviceName: Type.String(),
  departmentId: Type.String(),
  departmentName: Nullable(Type.String()),
  regionCode: Type.String(),
  level: Type.Integer(),
  levelName: Bi,
  status: Type.String(),
  statusName: Bi,
  dueDate: Type.String(),
  overdue: Type.Boolean(),
  escalated: Type.Boolean(),
  calledBack: Type.Boolean(),
  openedAt: Type.String(),
});

export const RectificationPage = Type.Object({
  items: Type.Array(RectificationItem),
  nextCursor: Nullable(Type.String()),
});

export const RectificationDetail = Type.Object({
  ...RectificationItem.properties,
  evaluation: Evaluation,
  realName: Type.Boolean(),
  verdict: Nullable(Type.String()),
  verifyNote: Nullable(Type.String()),
  round: Type.Integer(),
  callbackCount: Type.Integer(),
  firstCallbackAt: Nullable(Type.String()),
  fixMode: Nullable(Type.String()),
  fixNote: Nullable(Type.String()),
  fixedAt: Nullable(Type.String()),
  fixedOnTime: Nullable(Type.Boolean()),
  feedbackMessage: Nullable(Type.String()),
  fedBackAt: Nullable(Type.String()),
  resultRating: Nullable(Type.String()),
  appealNote: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
  steps: Type.Array(
    Type.Object({
      action: Type.String(),
      at: Type.String(),
      actorName: Nullable(Type.String()),
      note: Nullable(Type.String()),
    }),
  ),
  extensions: Type.Array(
    Type.Object({
      id: Type.String(),
      workingDays: Type.Integer(),
      reason: Type.String(),
      status: Type.String(),
      requestedAt: Type.String(),
      decidedAt: Nullable(Type.String()),
      decisionNote: Nullable(Type.String()),
      dueDateBefore: Type.String(),
      dueDateAfter: Nullable(Type.String()),
    }),
  ),
  /** What the caller may do now (from the state table). */
  actions: Type.Array(Type.String()),
});

export const RectificationListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
  view: Type.Optional(Type.Enum(['all', 'appeals', 'extensions', 'overdue'] as const)),
  status: Type.Optional(
    Type.Enum([
      'verifying',
      'appeal_review',
      'rectifying',
      'on_ledger',
      'fixed',
      'awaiting_rating',
      'closed',
    ] as const),
  ),
});

export const EvaluationListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
  level: Type.Optional(LevelSchema),
});

export const VerifyBody = Type.Object(
  { ...Version, verdict: Type.Enum(['valid', 'invalid', 'malicious'] as const), note: Text(1000) },
  { additionalProperties: false },
);
export const AppealBody = Type.Object(
  { ...Version, decision: Type.Enum(['uphold', 'reject'] as const), note: Text(1000) },
  { additionalProperties: false },
);
export const CallbackBody = Type.Object(
  { ...Version, calledAt: Type.String({ format: 'date-time' }), note: Text(1000) },
  { additionalProperties: false },
);
export const FixBody = Type.Object(
  { ...Version, mode: Type.Enum(['immediate', 'ledger'] as const), note: Text(1000) },
  { additionalProperties: false },
);
export const NoteBody = Type.Object({ ...Version, note: Text(1000) }, { additionalProperties: false });
export const FeedBackBody = Type.Object({ ...Version, message: Text(1000) }, { additionalProperties: false });
export const RectificationRatingBody = Type.Object(
  { ...Version, rating: ResultRatingSchema },
  { additionalProperties: false },
);
export const ExtensionBody = Type.Object(
  { ...Version, workingDays: Type.Integer({ minimum: 1, maximum: 30 }), reason: Text(1000) },
  { additionalProperties: false },
);
export const ExtensionDecisionBody = Type.Object(
  { ...Version, approve: Type.Boolean(), note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);

export const Contact = Type.Object({ name: Type.String(), mobile: Nullable(Type.String()) });

export const InquiryBody = Type.Object(
  {
    kind: Type.Enum(['complaint', 'consultation'] as const),
    anonymous: Type.Optional(Type.Boolean()),
    caseId: Type.Optional(Type.String({ maxLength: 64 })),
    itemCode: Type.Optional(Type.String({ maxLength: 64 })),
    topic: Type.Optional(Type.String({ maxLength: 40 })),
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
    subject: Text(100, 2),
    content: Text(2000, 5),
    publishConsent: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const Inquiry = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  number: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  anonymous: Type.Boolean(),
  subject: Type.String(),
  content: Type.String(),
  itemCode: Nullable(Type.String()),
  itemName: Nullable(Type.String()),
  topic: Nullable(Type.String()),
  caseId: Nullable(Type.String()),
  departmentId: Type.String(),
  departmentName: Nullable(Type.String()),
  regionCode: Type.String(),
  dueDate: Type.String(),
  overdue: Type.Boolean(),
  escalated: Type.Boolean(),
  answer: Nullable(Type.String()),
  answeredAt: Nullable(Type.String()),
  rating: Nullable(Type.String()),
  publishConsent: Type.Boolean(),
  publishedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const SubmittedInquiry = Type.Object({
  ...Inquiry.properties,
  /** Shown once to an anonymous asker: with the number it reads the answer. */
  accessCode: Nullable(Type.String()),
});
export const InquiryDetail = Type.Object({ ...Inquiry.properties, mayAnswer: Type.Boolean() });
export const InquiryPage = Type.Object({ items: Type.Array(Inquiry), nextCursor: Nullable(Type.String()) });

export const InquiryListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
  kind: Type.Optional(Type.Enum(['complaint', 'consultation'] as const)),
  status: Type.Optional(Type.Enum(['open', 'answered'] as const)),
  overdue: Type.Optional(Type.Boolean()),
});
export const MyInquiryQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
  kind: Type.Optional(Type.Enum(['complaint', 'consultation'] as const)),
});

export const AnswerBody = Type.Object({ ...Version, answer: Text(4000, 2) }, { additionalProperties: false });
export const InquiryRatingBody = Type.Object(
  { rating: ResultRatingSchema, accessCode: Type.Optional(Type.String({ maxLength: 20 })) },
  { additionalProperties: false },
);
export const ConsentBody = Type.Object({ consent: Type.Boolean() }, { additionalProperties: false });
export const PublishBody = Type.Object(
  { ...Version, publish: Type.Boolean() },
  { additionalProperties: false },
);
export const ByCodeQuery = Type.Object({
  number: Type.String({ maxLength: 40 }),
  code: Type.String({ maxLength: 20 }),
});

export const FaqQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
});
export const FaqPage = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      question: Type.String(),
      detail: Type.String(),
      answer: Type.String(),
      publishedAt: Type.String(),
    }),
  ),
  nextCursor: Nullable(Type.String()),
});

export const Topics = Type.Object({ items: Type.Array(Type.Object({ key: Type.String(), name: Bi })) });
export const TopicRouteBody = Type.Object(
  {
    topic: Type.String({ maxLength: 40 }),
    regionCode: Type.String({ pattern: '^[0-9]{6}$' }),
    departmentId: Type.String({ maxLength: 64 }),
  },
  { additionalProperties: false },
);
export const TopicRoute = Type.Object({
  topic: Type.String(),
  regionCode: Type.String(),
  departmentId: Type.String(),
  departmentName: Type.String(),
});
