import { Type, type TSchema } from 'typebox';
import { INDICATOR_KEYS } from './indicators.ts';

const Date = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Beijing date YYYY-MM-DD' });
const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const IndicatorKey = Type.Enum([...INDICATOR_KEYS]);
export const GroupBy = Type.Enum(['department', 'region', 'item']);

export const ScopeQuery = Type.Object({
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  departmentId: Type.Optional(Type.String({ maxLength: 64 })),
  itemCode: Type.Optional(Type.String({ maxLength: 64 })),
  from: Type.Optional(Date),
  to: Type.Optional(Date),
});

const definitionProps = {
  key: IndicatorKey,
  unit: Type.Enum(['rate', 'count', 'days', 'trips', 'per1000']),
  higherIsBetter: Type.Boolean(),
  name: Bilingual,
  definition: Bilingual,
};
export const Definition = Type.Object(definitionProps);

export const Scope = Type.Object({
  regionCode: Type.Union([Type.String(), Type.Null()]),
  regionName: Type.Union([Type.String(), Type.Null()]),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  itemCode: Type.Union([Type.String(), Type.Null()]),
  from: Type.String(),
  to: Type.String(),
});

const Values = Type.Record(Type.String(), Nullable(Type.Number()));

export const Indicators = Type.Object({
  scope: Scope,
  indicators: Type.Array(Type.Object({ ...definitionProps, value: Nullable(Type.Number()) })),
});

export const Breakdown = Type.Object({
  scope: Scope,
  by: GroupBy,
  definitions: Type.Array(Definition),
  rows: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), values: Values })),
});

export const Rankings = Type.Object({
  scope: Scope,
  indicator: Definition,
  rows: Type.Array(
    Type.Object({
      key: Type.String(),
      name: Type.String(),
      value: Nullable(Type.Number()),
      rank: Type.Integer(),
    }),
  ),
});

export const Trend = Type.Object({
  scope: Scope,
  indicator: Definition,
  granularity: Type.String(),
  points: Type.Array(Type.Object({ bucket: Type.String(), value: Nullable(Type.Number()) })),
});

const S = Type.String();
const NS = Type.Union([Type.String(), Type.Null()]);

export const CaseList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: S,
      caseNumber: NS,
      serviceCode: S,
      serviceName: S,
      departmentName: NS,
      regionCode: S,
      applicantName: S,
      channel: S,
      status: S,
      submittedAt: NS,
      decidedAt: NS,
      promisedDueDate: NS,
      onTime: Type.Union([Type.Boolean(), Type.Null()]),
      trips: Type.Integer(),
    }),
  ),
  nextCursor: NS,
});

export const Alerts = Type.Object({
  items: Type.Array(
    Type.Object({
      taskId: S,
      caseId: S,
      caseNumber: NS,
      serviceName: S,
      stepName: S,
      departmentName: NS,
      dueDate: NS,
      level: Type.Union([Type.Literal('overdue'), Type.Literal('warning')]),
      claimed: Type.Boolean(),
    }),
  ),
  nextCursor: NS,
});

const BurdenFigures = Type.Object({
  applications: Type.Number(),
  days: Type.Number(),
  materials: Type.Number(),
  trips: Type.Number(),
});
const Comparison = {
  itemByItem: BurdenFigures,
  tongban: BurdenFigures,
  reduction: Type.Object({
    applications: Nullable(Type.Number()),
    days: Nullable(Type.Number()),
    materials: Nullable(Type.Number()),
    trips: Nullable(Type.Number()),
  }),
};
const BundleBurden = Type.Object({ code: S, name: S, ...Comparison });

const ObservedBurden = Nullable(
  Type.Object({
    cases: Type.Integer(),
    days: Nullable(Type.Number()),
    materials: Nullable(Type.Number()),
    trips: Nullable(Type.Number()),
  }),
);
export const Burden = Type.Object({
  items: Type.Array(
    Type.Object({ code: S, name: S, departmentId: S, ...Comparison, observed: ObservedBurden }),
  ),
  bundles: Type.Array(BundleBurden),
});

export const DisclosureQuery = Type.Object({
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  from: Type.Optional(Date),
  to: Type.Optional(Date),
});

const NN = Nullable(Type.Number());
export const Disclosure = Type.Object({
  from: S,
  to: S,
  minimumRatings: Type.Integer(),
  definitions: Type.Array(Definition),
  departments: Type.Array(
    Type.Object({
      departmentId: S,
      departmentName: S,
      ratings: Type.Integer(),
      defaultRatings: Type.Integer(),
      suppressed: Type.Boolean(),
      goodRate: NN,
      levels: Type.Union([Type.Array(Type.Integer()), Type.Null()]),
      rectificationsOpened: NN,
      rectificationsFixed: NN,
      onTimeRectificationRate: NN,
      casesHandled: Type.Integer(),
      onTimeRate: NN,
      compression: NN,
      itemsAtMostOneVisit: NN,
      itemsZeroVisits: NN,
      materialsReduction: NN,
    }),
  ),
  bundles: Type.Array(BundleBurden),
});

export const MonthlyReportQuery = Type.Object({
  month: Type.String({
    maxLength: 16,
    description: 'Beijing calendar month YYYY-MM (2000-01 to the current month)',
  }),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  departmentId: Type.Optional(Type.String({ maxLength: 64 })),
});
