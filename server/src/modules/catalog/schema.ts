import { Type } from 'typebox';
import { BundleContent, FormSchema, ItemContent, Material, RowsField, ScalarField } from './content.ts';

// HTTP shapes of the catalogue (the content shapes themselves live in content.ts).

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });

export const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  kind: Type.Optional(Type.Enum(['item', 'bundle'] as const)),
  departmentId: Type.Optional(Type.String({ maxLength: 64 })),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  itemType: Type.Optional(Type.String({ maxLength: 20 })),
  topic: Type.Optional(Type.String({ maxLength: 32 })),
  onlineDepth: Type.Optional(Type.Integer({ minimum: 1, maximum: 8 })),
  zeroVisits: Type.Optional(Type.Boolean()),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: 10000, default: 0 }),
});

export const SearchHit = Type.Object({
  kind: Type.Enum(['item', 'bundle'] as const),
  id: Type.String(),
  name: Type.String(),
  departmentName: Nullable(Type.String()),
  regionName: Nullable(Type.String()),
  itemType: Nullable(Type.String()),
  onlineDepth: Nullable(Type.Integer()),
  requiredVisits: Nullable(Type.Integer()),
  promisedDays: Type.Integer(),
  snippet: Type.String(),
  score: Type.Number(),
});

export const SearchResponse = Type.Object({
  total: Type.Integer(),
  hits: Type.Array(SearchHit),
  didYouMean: Nullable(Type.String()),
  expandedTerms: Type.Array(Type.String()),
});

export const ItemView = Type.Object({
  id: Type.String(),
  implementationCode: Type.String(),
  baseCode: Type.String(),
  departmentId: Type.String(),
  departmentName: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  versionId: Type.String(),
  versionNo: Type.Integer(),
  status: Type.Enum(['draft', 'published', 'retired'] as const),
  publishedAt: Nullable(Type.String()),
  content: ItemContent,
  parent: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  children: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), handlingKind: Nullable(Type.String()) }),
  ),
});

export const Issue = Type.Object({ field: Type.String(), code: Type.String(), message: Bilingual });

export const AdminItemView = Type.Intersect([
  ItemView,
  Type.Object({
    draft: Nullable(
      Type.Object({
        versionId: Type.String(),
        versionNo: Type.Integer(),
        content: ItemContent,
        updatedAt: Type.String(),
        issues: Type.Array(Issue),
      }),
    ),
    versions: Type.Array(
      Type.Object({
        versionId: Type.String(),
        versionNo: Type.Integer(),
        status: Type.Enum(['draft', 'published', 'retired'] as const),
        publishedAt: Nullable(Type.String()),
        retiredAt: Nullable(Type.String()),
      }),
    ),
  }),
]);

export const BundleView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  versionId: Type.String(),
  versionNo: Type.Integer(),
  status: Type.Enum(['draft', 'published', 'retired'] as const),
  content: BundleContent,
  items: Type.Array(
    Type.Object({
      itemId: Nullable(Type.String()),
      implementationCode: Type.String(),
      name: Type.String(),
      departmentName: Type.String(),
      promisedDays: Nullable(Type.Integer()),
      dependsOn: Type.Array(Type.String()),
      optional: Type.Boolean(),
    }),
  ),
  mergedForm: Type.Object({
    fields: Type.Array(
      Type.Object({
        key: Type.String(),
        field: Type.Union([ScalarField, RowsField]),
        usedBy: Type.Array(Type.Object({ itemCode: Type.String(), fieldKey: Type.String() })),
      }),
    ),
    schema: FormSchema,
  }),
  mergedMaterials: Type.Array(
    Type.Object({
      key: Type.String(),
      material: Material,
      usedBy: Type.Array(Type.Object({ itemCode: Type.String(), materialKey: Type.String() })),
    }),
  ),
  promisedDays: Type.Integer(),
  statutoryDaysSum: Type.Integer(),
});

export const AdminBundleView = Type.Intersect([
  BundleView,
  Type.Object({ draftVersionNo: Nullable(Type.Integer()) }),
]);

export const AdminItemQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  departmentId: Type.Optional(Type.String({ maxLength: 64 })),
  itemType: Type.Optional(Type.String({ maxLength: 20 })),
  status: Type.Optional(Type.Enum(['draft', 'published', 'retired'] as const)),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
});

export const AdminItemSummary = Type.Object({
  id: Type.String(),
  implementationCode: Type.String(),
  name: Type.String(),
  itemType: Type.String(),
  departmentName: Type.String(),
  regionName: Type.String(),
  publishedVersionNo: Nullable(Type.Integer()),
  draftVersionNo: Nullable(Type.Integer()),
  updatedAt: Type.String(),
});

export const CreateItemBody = Type.Object(
  {
    departmentId: Type.String({ minLength: 1 }),
    regionCode: Type.String({ pattern: '^\\d{6}$' }),
    implementationCode: Type.Optional(Type.String({ minLength: 20, maxLength: 50 })),
    parentItemId: Type.Optional(Type.String()),
    content: ItemContent,
  },
  { additionalProperties: false },
);

export const SaveItemDraftBody = Type.Object(
  { content: ItemContent, baseVersionNo: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export const SaveBundleDraftBody = Type.Object(
  { content: BundleContent, baseVersionNo: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export const CreateBundleBody = Type.Object(
  { code: Type.String({ pattern: '^[A-Za-z0-9_-]{2,40}$' }), content: BundleContent },
  { additionalProperties: false },
);

export const DiffQuery = Type.Object({ from: Type.String(), to: Type.String() });
export const DiffResponse = Type.Object({
  changes: Type.Array(
    Type.Object({ path: Type.String(), label: Bilingual, before: Type.Unknown(), after: Type.Unknown() }),
  ),
});

export const Synonym = Type.Object({
  id: Type.String(),
  phrase: Type.String(),
  expansions: Type.Array(Type.String()),
});
export const SynonymBody = Type.Object(
  {
    phrase: Type.String({ maxLength: 40 }),
    expansions: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 }),
  },
  { additionalProperties: false },
);

export const ImportStatus = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  status: Type.Enum(['parsing', 'ready', 'failed', 'applied'] as const),
  progress: Type.Number(),
  summary: Type.Object({
    items: Type.Object({ create: Type.Integer(), update: Type.Integer(), unchanged: Type.Integer() }),
    bundles: Type.Object({ create: Type.Integer(), update: Type.Integer(), unchanged: Type.Integer() }),
  }),
  errors: Type.Array(
    Type.Object({ sheet: Type.String(), row: Type.Integer(), column: Type.String(), message: Bilingual }),
  ),
});

export const Topic = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  audience: Type.Enum(['person', 'enterprise'] as const),
  itemCount: Type.Integer(),
});

export const PowerListQuery = Type.Object({
  departmentId: Type.Optional(Type.String({ maxLength: 64 })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
});
