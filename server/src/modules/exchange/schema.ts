import { Type } from 'typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const DataItem = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 63 }),
    name: Type.String({ minLength: 1, maxLength: 60 }),
    type: Type.Enum(['string', 'number', 'date', 'boolean'] as const),
    concept: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);

const ShareType = Type.Enum(['unconditional', 'conditional', 'none'] as const);

const Connector = Type.Union([
  Type.Object({ kind: Type.Literal('dataset') }, { additionalProperties: false }),
  Type.Object(
    {
      kind: Type.Literal('http'),
      url: Type.String({ maxLength: 500 }),
      timeoutMs: Type.Integer({ minimum: 100, maximum: 30_000 }),
      /** Write-only: leave out on edit to keep the stored one. */
      secret: Type.Optional(Type.String({ maxLength: 64 })),
    },
    { additionalProperties: false },
  ),
]);

const resourceFields = {
  code: Type.String({ minLength: 2, maxLength: 63 }),
  catalogueCode: Type.String({ minLength: 1, maxLength: 20 }),
  name: Type.String({ minLength: 2, maxLength: 100 }),
  abstract: Type.String({ maxLength: 1000 }),
  items: Type.Array(DataItem, { maxItems: 100 }),
  shareType: ShareType,
  shareCondition: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  legalBasis: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  updateCycle: Type.String({ minLength: 1, maxLength: 20 }),
  standsFor: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50 }),
  connector: Connector,
};

export const ResourceCreateBody = Type.Object(
  { ...resourceFields, providerDepartmentId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

export const ResourceUpdateBody = Type.Object(
  { ...resourceFields, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

export const ResourceView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  catalogueCode: Type.String(),
  name: Type.String(),
  providerDepartmentId: Type.String(),
  providerDepartmentName: Type.String(),
  abstract: Type.String(),
  items: Type.Array(DataItem),
  shareType: ShareType,
  shareTypeName: Type.String(),
  shareCondition: Nullable(Type.String()),
  legalBasis: Nullable(Type.String()),
  updateCycle: Type.String(),
  standsFor: Type.Array(Type.String()),
  connector: Type.Object({
    kind: Type.Enum(['dataset', 'http'] as const),
    url: Nullable(Type.String()),
    timeoutMs: Type.Union([Type.Integer(), Type.Null()]),
    secretSet: Type.Boolean(),
  }),
  status: Type.Enum(['draft', 'published'] as const),
  version: Type.Integer(),
  updatedAt: Type.String(),
  publishedAt: Nullable(Type.String()),
  /** Whether the caller may edit and publish it. */
  mayEdit: Type.Boolean(),
});

export const ResourceQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
  q: Type.Optional(Type.String({ maxLength: 50 })),
  status: Type.Optional(Type.Enum(['draft', 'published'] as const)),
});

export const ResourcePage = Type.Object({
  items: Type.Array(ResourceView),
  nextCursor: Nullable(Type.String()),
});

export const CodeParam = Type.Object({ code: Type.String({ maxLength: 64 }) });
export const IdParam = Type.Object({ id: Type.String({ maxLength: 64 }) });

export const GrantRequestBody = Type.Object(
  {
    resourceCode: Type.String({ minLength: 1, maxLength: 64 }),
    consumerDepartmentId: Type.String({ minLength: 1, maxLength: 64 }),
    purpose: Type.String({ maxLength: 1000 }),
    fields: Type.Array(Type.String({ maxLength: 63 }), { maxItems: 100 }),
    itemCodes: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100 }),
  },
  { additionalProperties: false },
);

export const GrantDecisionBody = Type.Object(
  {
    decision: Type.Enum(['approve', 'refuse'] as const),
    reasons: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const GrantView = Type.Object({
  id: Type.String(),
  resourceCode: Type.String(),
  resourceName: Type.String(),
  consumerDepartmentId: Type.String(),
  consumerDepartmentName: Type.String(),
  providerDepartmentId: Type.String(),
  providerDepartmentName: Type.String(),
  purpose: Type.String(),
  fields: Type.Array(Type.Object({ key: Type.String(), name: Type.String() })),
  itemCodes: Type.Array(Type.String()),
  status: Type.Enum(['pending', 'approved', 'refused'] as const),
  requestedAt: Type.String(),
  /** Last day to answer (10 working days after the request). */
  dueDate: Type.String(),
  overdue: Type.Boolean(),
  escalatedAt: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  reasons: Nullable(Type.String()),
  mayDecide: Type.Boolean(),
});

export const GrantQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
  /** consumer: my department's requests; provider: requests to my department. */
  side: Type.Optional(Type.Enum(['consumer', 'provider'] as const)),
  status: Type.Optional(Type.Enum(['pending', 'approved', 'refused'] as const)),
});

export const GrantPage = Type.Object({ items: Type.Array(GrantView), nextCursor: Nullable(Type.String()) });

const accessFields = {
  id: Type.String(),
  at: Type.String(),
  resourceCode: Type.String(),
  resourceName: Type.String(),
  providerDepartmentName: Nullable(Type.String()),
  /** The department (or other party) that used the data. */
  consumerName: Type.String(),
  purpose: Type.String(),
  caseNumber: Nullable(Type.String()),
  /** Labels of the data items returned. */
  fields: Type.Array(Type.String()),
  found: Type.Boolean(),
};

export const MyAccessPage = Type.Object({
  items: Type.Array(Type.Object(accessFields)),
  nextCursor: Nullable(Type.String()),
});

export const AccessLogPage = Type.Object({
  items: Type.Array(
    Type.Object({ ...accessFields, subjectHash: Type.String(), actorAccountId: Nullable(Type.String()) }),
  ),
  nextCursor: Nullable(Type.String()),
});

export const AccessLogQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,18}$' })),
  resourceCode: Type.Optional(Type.String({ maxLength: 64 })),
});
