import { Type } from 'typebox';
import { PageQuery } from '../../platform/http/schemas.ts';

// HTTP shapes of the identity module (validated by Fastify and published in the OpenAPI document).

const roleEnum = Type.Union(
  ['window', 'reviewer', 'leader', 'data_steward', 'admin', 'supervisor'].map((r) => Type.Literal(r)),
);
const relationEnum = Type.Union([Type.Literal('legal_representative'), Type.Literal('agent')]);

export const RegisterBody = Type.Object(
  {
    // Lengths and patterns are checked by the service, so one answer names every wrong field.
    name: Type.String({ maxLength: 100 }),
    idNumber: Type.String({ maxLength: 32 }),
    mobile: Type.String({ maxLength: 32 }),
    password: Type.String({ maxLength: 128 }),
  },
  { additionalProperties: false },
);

export const LoginBody = Type.Object(
  {
    identifier: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);

export const ActingForBody = Type.Object(
  { organisationId: Type.Union([Type.String({ minLength: 1 }), Type.Null()]) },
  { additionalProperties: false },
);

const languageOrNone = Type.Union([Type.Literal('zh-CN'), Type.Literal('en'), Type.Null()]);

/** Display preferences kept on the account, so they follow the person to every device. */
export const Preferences = Type.Object({
  /** 长辈模式: larger type, higher contrast, simpler layout. */
  seniorMode: Type.Boolean(),
  /** The UI language last chosen; null when none has been. */
  language: languageOrNone,
});

// At least one field: checked by the service, after the caller is known (anonymous gets 401 first).
export const PreferencesBody = Type.Object(
  { seniorMode: Type.Optional(Type.Boolean()), language: Type.Optional(languageOrNone) },
  { additionalProperties: false },
);

export const Me = Type.Object({
  accountId: Type.String(),
  kind: Type.Union([Type.Literal('citizen'), Type.Literal('staff')]),
  loginName: Type.String(),
  displayName: Type.String(),
  csrfToken: Type.String(),
  person: Type.Union([
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      idNumberMasked: Type.String(),
      mobileMasked: Type.String(),
      birthDate: Type.String(),
      sex: Type.Union([Type.Literal('male'), Type.Literal('female')]),
    }),
    Type.Null(),
  ]),
  roles: Type.Array(
    Type.Object({
      role: roleEnum,
      departmentId: Type.String(),
      departmentName: Type.String(),
      regionCode: Type.String(),
      regionName: Type.String(),
    }),
  ),
  organisations: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), uscc: Type.String(), relation: relationEnum }),
  ),
  actingFor: Type.Union([Type.Object({ organisationId: Type.String(), name: Type.String() }), Type.Null()]),
  preferences: Preferences,
});

export const Region = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Union([Type.Literal('province'), Type.Literal('city'), Type.Literal('county')]),
  parentCode: Type.Union([Type.String(), Type.Null()]),
});

export const RegionQuery = Type.Object({ parentCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })) });

export const DepartmentQuery = Type.Intersect([
  PageQuery,
  Type.Object({ regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })) }),
]);

export const Department = Type.Object({
  id: Type.String(),
  name: Type.String(),
  uscc: Type.String(),
  kind: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
});

export const DepartmentBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 100 }),
    uscc: Type.String({ minLength: 18, maxLength: 18 }),
    kind: Type.String({ minLength: 1, maxLength: 64 }),
    regionCode: Type.String({ pattern: '^\\d{6}$' }),
  },
  { additionalProperties: false },
);

export const StaffBody = Type.Object(
  {
    loginName: Type.String({ minLength: 1, maxLength: 32 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
    name: Type.String({ minLength: 1, maxLength: 50 }),
    idNumber: Type.String({ minLength: 15, maxLength: 18 }),
    mobile: Type.Optional(Type.String({ maxLength: 20 })),
    roles: Type.Array(Type.Object({ role: roleEnum, departmentId: Type.String({ minLength: 1 }) }), {
      minItems: 1,
      maxItems: 10,
    }),
  },
  { additionalProperties: false },
);

export const StaffSummary = Type.Object({
  id: Type.String(),
  loginName: Type.String(),
  displayName: Type.String(),
  disabled: Type.Boolean(),
  lockedUntil: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export const PersonView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  idNumberMasked: Type.String(),
  birthDate: Type.String(),
  sex: Type.Union([Type.Literal('male'), Type.Literal('female')]),
  mobileMasked: Type.String(),
});

export const OrganisationBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 100 }),
    uscc: Type.String({ minLength: 18, maxLength: 18 }),
    kind: Type.Union([
      Type.Literal('enterprise'),
      Type.Literal('individual_business'),
      Type.Literal('social_organisation'),
    ]),
    regionCode: Type.String({ pattern: '^\\d{6}$' }),
    legalRepresentativeIdNumber: Type.String({ minLength: 15, maxLength: 18 }),
  },
  { additionalProperties: false },
);

export const OrganisationView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  uscc: Type.String(),
  regionCode: Type.String(),
  usccWarnings: Type.Array(
    Type.Object({ code: Type.String(), message: Type.Object({ zh: Type.String(), en: Type.String() }) }),
  ),
  representatives: Type.Array(Type.Object({ personId: Type.String(), relation: relationEnum })),
});

export const AgentBody = Type.Object(
  { idNumber: Type.String({ minLength: 15, maxLength: 18 }) },
  { additionalProperties: false },
);

export const IdParam = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
