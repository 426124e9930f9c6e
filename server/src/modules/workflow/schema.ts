import { Type } from 'typebox';

const Version = { version: Type.Integer({ minimum: 1 }) };

export const VersionBody = Type.Object(Version, { additionalProperties: false });

export const TransferBody = Type.Object(
  { ...Version, toAccountId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

export const InboxQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
  /** mine: claimed by me; available: open to claim; all: both. */
  scope: Type.Enum(['mine', 'available', 'all'] as const, { default: 'all' }),
  kind: Type.Optional(Type.Enum(['accept', 'review', 'branch', 'decide', 'issue', 'verification'] as const)),
  level: Type.Optional(Type.Enum(['normal', 'warning', 'overdue'] as const)),
  q: Type.Optional(Type.String({ maxLength: 50 })),
});

export const TaskListItem = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  caseId: Type.String(),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  serviceName: Type.String(),
  applicantName: Type.String(),
  channel: Type.String(),
  stepName: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  claimedByMe: Type.Boolean(),
  claimed: Type.Boolean(),
  dueDate: Type.Union([Type.String(), Type.Null()]),
  /** Deadline colour: normal, warning (yellow), overdue (red). */
  level: Type.String(),
  workingDaysLeft: Type.Union([Type.Integer(), Type.Null()]),
});

export const TaskPage = Type.Object({
  items: Type.Array(TaskListItem),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const TaskState = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  status: Type.String(),
  assigneeAccountId: Type.Union([Type.String(), Type.Null()]),
});

export const ExternalSystemBody = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
    name: Type.String({ minLength: 2, maxLength: 100 }),
    departmentId: Type.String({ minLength: 1, maxLength: 64 }),
    endpointUrl: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const ExternalSystem = Type.Object({
  code: Type.String(),
  name: Type.String(),
  departmentId: Type.String(),
  endpointUrl: Type.String(),
});

/** Shown once when registered: the department configures its system with it. */
export const RegisteredSystem = Type.Object({ ...ExternalSystem.properties, secret: Type.String() });
