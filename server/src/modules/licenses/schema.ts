import { Type, type Static } from 'typebox';
import { PageQuery } from '../../platform/http/schemas.ts';

// Request and response shapes of the licenses module.

const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });
const Day = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' });
export const LicenceStatus = Type.Enum(['valid', 'suspended', 'revoked', 'expired', 'superseded'] as const);
export const VerificationStatus = Type.Enum([
  'valid',
  'expired',
  'revoked',
  'suspended',
  'superseded',
  'tampered',
  'unknown',
  'presentation_expired',
] as const);
const Algorithm = Type.Enum(['ed25519', 'sm2'] as const);

export const FaceField = Type.Object(
  {
    key: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9_]*$', maxLength: 40 }),
    label: Type.String({ minLength: 1, maxLength: 40 }),
    concept: Type.String({ pattern: '^[a-z][a-zA-Z0-9_.]*$', maxLength: 64 }),
  },
  { additionalProperties: false },
);

export const LicenceTypeBody = Type.Object(
  {
    typeCode: Type.String({ maxLength: 21 }),
    name: Type.String({ minLength: 1, maxLength: 60 }),
    issuerKinds: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 10 }),
    holderKind: Type.Enum(['person', 'organisation'] as const),
    validityYears: Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Null()]),
    faceFields: Type.Array(FaceField, { minItems: 1, maxItems: 30 }),
    template: Type.Object(
      {
        title: Type.String({ minLength: 1, maxLength: 60 }),
        layout: Type.Array(Type.Array(Type.String({ maxLength: 40 }), { minItems: 1, maxItems: 2 }), {
          maxItems: 30,
        }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type LicenceTypeBody = Static<typeof LicenceTypeBody>;

export const LicenceType = Type.Object({
  code: Type.String(),
  ...LicenceTypeBody.properties,
  updatedAt: Type.String(),
});

export const LicenceSummary = Type.Object({
  id: Type.String(),
  identifier: Type.String(),
  name: Type.String(),
  type: Type.String(),
  version: Type.Integer(),
  issuerName: Type.String(),
  holderKind: Type.Enum(['person', 'organisation'] as const),
  holderName: Type.String(),
  holderCodeMasked: Type.String(),
  issuedAt: Type.String(),
  validFrom: Type.String(),
  validUntil: Type.Union([Type.String(), Type.Null()]),
  status: LicenceStatus,
  statusName: Bilingual,
  statusReason: Type.Union([Type.String(), Type.Null()]),
  trustLevel: Type.Literal('A'),
  source: Type.Enum(['case', 'import', 'renewal'] as const),
});

export const LicencePage = Type.Object({
  items: Type.Array(LicenceSummary),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const StaffLicencePage = Type.Object({
  items: Type.Array(Type.Object({ ...LicenceSummary.properties, mayManage: Type.Boolean() })),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const LicenceDetail = Type.Object({
  ...LicenceSummary.properties,
  face: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), value: Type.String() })),
  keyId: Type.String(),
  algorithm: Algorithm,
  verifyUrl: Type.String(),
  mayManage: Type.Boolean(),
  mayExport: Type.Boolean(),
  uses: Type.Array(
    Type.Object({
      id: Type.String(),
      departmentName: Type.Union([Type.String(), Type.Null()]),
      /** The department, organisation or code holder that used it. */
      consumerName: Type.Union([Type.String(), Type.Null()]),
      /** The 用证授权 it was used under; null for a case's use. */
      grantId: Type.Union([Type.String(), Type.Null()]),
      purpose: Type.String(),
      fields: Type.Array(Type.String()),
      usedAt: Type.String(),
    }),
  ),
});

export const SearchQuery = Type.Object({
  ...PageQuery.properties,
  q: Type.Optional(Type.String({ maxLength: 120 })),
  status: Type.Optional(LicenceStatus),
  type: Type.Optional(Type.String({ maxLength: 64 })),
});

export const ReasonBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);

export const VerifyQuery = Type.Object({
  /** The QR payload (verification URL) or a licence identifier, optionally `identifier#code`. */
  q: Type.String({ minLength: 1, maxLength: 600 }),
});

export const VerifyResult = Type.Object({
  status: VerificationStatus,
  statusName: Bilingual,
  reason: Type.Union([Type.String(), Type.Null()]),
  checkedAt: Type.String(),
  licence: Type.Union([
    Type.Object({
      identifier: Type.String(),
      name: Type.String(),
      issuerName: Type.String(),
      holderName: Type.String(),
      holderCode: Type.String(),
      issuedAt: Type.String(),
      validFrom: Type.String(),
      validUntil: Type.Union([Type.String(), Type.Null()]),
      trustLevel: Type.Literal('A'),
      algorithm: Algorithm,
      keyId: Type.String(),
    }),
    Type.Null(),
  ]),
  /** Set when a 亮证 presentation link was checked: when it stops (or stopped) verifying. */
  presentation: Type.Union([Type.Object({ expiresAt: Type.String() }), Type.Null()]),
});

const LicenceDocument = Type.Object({
  identifier: Type.String(),
  type: Type.String(),
  typeCode: Type.String(),
  name: Type.String(),
  serial: Type.String(),
  version: Type.Integer(),
  issuer: Type.Object({ name: Type.String(), code: Type.String() }),
  holder: Type.Object({
    kind: Type.Enum(['person', 'organisation'] as const),
    name: Type.String(),
    code: Type.String(),
  }),
  issuedAt: Type.String(),
  validFrom: Day,
  validUntil: Type.Union([Day, Type.Null()]),
  trustLevel: Type.Literal('A'),
  face: Type.Record(Type.String(), Type.String()),
});

export const LicenceExport = Type.Object({
  format: Type.Literal('tongban-licence/1'),
  licence: LicenceDocument,
  signature: Type.String(),
  keyId: Type.String(),
  algorithm: Algorithm,
  code: Type.String(),
  verifyUrl: Type.String(),
});

export const PublishedSealKey = Type.Object({
  keyId: Type.String(),
  departmentId: Type.String(),
  departmentName: Type.String(),
  departmentCode: Type.String(),
  algorithm: Algorithm,
  publicKey: Type.String(),
  status: Type.Enum(['active', 'retired'] as const),
  validFrom: Type.String(),
  validUntil: Type.Union([Type.String(), Type.Null()]),
  /** The key as a JWK (RFC 8037 OKP/Ed25519) for JOSE verifiers; null for SM2 (no JOSE curve). */
  jwk: Type.Optional(
    Type.Union([
      Type.Object({
        kty: Type.Literal('OKP'),
        crv: Type.Literal('Ed25519'),
        x: Type.String(),
        kid: Type.String(),
        alg: Type.Literal('EdDSA'),
        use: Type.Literal('sig'),
      }),
      Type.Null(),
    ]),
  ),
});

export const SealKeyList = Type.Object({
  /** When this list was produced; fetch it again to learn about rotations. */
  generatedAt: Type.String(),
  keys: Type.Array(PublishedSealKey),
});

export const DepartmentSeal = Type.Object({
  departmentId: Type.String(),
  departmentName: Type.String(),
  departmentCode: Type.String(),
  algorithm: Algorithm,
  configured: Type.Boolean(),
  activeKeyId: Type.Union([Type.String(), Type.Null()]),
  activeSince: Type.Union([Type.String(), Type.Null()]),
});

export const SealAlgorithmBody = Type.Object({ algorithm: Algorithm }, { additionalProperties: false });

export const ImportStatus = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  status: Type.Enum(['parsing', 'ready', 'applied'] as const),
  progress: Type.Number(),
  rows: Type.Integer(),
  issued: Type.Integer(),
  errors: Type.Array(
    Type.Object({ sheet: Type.String(), row: Type.Integer(), column: Type.String(), message: Bilingual }),
  ),
});

export const SealKeyQuery = Type.Object({
  /** Only this department's keys (its unified social credit code): the issuer id of its credentials. */
  department: Type.Optional(Type.String({ maxLength: 18 })),
});

export const Presentation = Type.Object({
  /** The link the QR code encodes: the public verification page with a signed, expiring token. */
  url: Type.String(),
  expiresAt: Type.String(),
  validSeconds: Type.Integer(),
});

const GranteeKind = Type.Enum(['department', 'organisation', 'code'] as const);

export const GrantBody = Type.Object(
  {
    granteeKind: GranteeKind,
    /** For a department. */
    departmentId: Type.Optional(Type.String({ maxLength: 64 })),
    /** For an organisation: its unified social credit code. */
    uscc: Type.Optional(Type.String({ maxLength: 18 })),
    purpose: Type.String({ minLength: 1, maxLength: 200 }),
    validFrom: Day,
    validUntil: Day,
    /** Organisations and code holders see ID numbers masked unless this is true. */
    revealIdNumbers: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type GrantBody = Static<typeof GrantBody>;

export const Grant = Type.Object({
  id: Type.String(),
  granteeKind: GranteeKind,
  granteeName: Type.String(),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  uscc: Type.Union([Type.String(), Type.Null()]),
  codeHint: Type.Union([Type.String(), Type.Null()]),
  purpose: Type.String(),
  validFrom: Type.String(),
  validUntil: Type.String(),
  revealIdNumbers: Type.Boolean(),
  maxUses: Type.Union([Type.Integer(), Type.Null()]),
  useCount: Type.Integer(),
  status: Type.Enum(['active', 'pending', 'expired', 'used', 'revoked'] as const),
  createdAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

export const GrantCreated = Type.Object({
  grant: Grant,
  /** The one-time code, shown this once (only a keyed hash is stored); null for other grantees. */
  code: Type.Union([Type.String(), Type.Null()]),
});

export const GrantPage = Type.Object({
  items: Type.Array(Grant),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const GrantUseBody = Type.Object(
  { identifier: Type.String({ minLength: 1, maxLength: 120 }) },
  { additionalProperties: false },
);

export const GrantRedeemBody = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);

export const GrantedLicence = Type.Object({
  grant: Type.Object({
    id: Type.String(),
    purpose: Type.String(),
    validUntil: Type.String(),
    /** null = no limit within the period. */
    usesLeft: Type.Union([Type.Integer(), Type.Null()]),
  }),
  /** Whether ID numbers in the answer are masked (organisations and code holders, unless granted). */
  idNumbersMasked: Type.Boolean(),
  licence: Type.Object({
    identifier: Type.String(),
    name: Type.String(),
    issuerName: Type.String(),
    holderName: Type.String(),
    holderCode: Type.String(),
    issuedAt: Type.String(),
    validFrom: Type.String(),
    validUntil: Type.Union([Type.String(), Type.Null()]),
    face: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), value: Type.String() })),
  }),
  usedAt: Type.String(),
});
