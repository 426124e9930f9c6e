/**
 * Catalogue shapes, derived from the generated API schema (server/src/modules/catalog/content.ts and
 * the catalogue routes, docs/catalog-api.md).
 */
import type { paths } from './schema';

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessJson<Op> = Op extends { responses: infer Rs }
  ? JsonBody<Rs[Extract<keyof Rs, 200 | 201 | 202>]>
  : never;
type RequestJson<Op> = Op extends { requestBody: { content: { 'application/json': infer T } } } ? T : never;

export type SearchResult = SuccessJson<paths['/api/v1/catalog/search']['get']>;
export type SearchHit = SearchResult['hits'][number];
export type Topic = SuccessJson<paths['/api/v1/catalog/topics']['get']>['items'][number];
export type PublishedItem = SuccessJson<paths['/api/v1/catalog/items/{id}']['get']>;
export type PublishedBundle = SuccessJson<paths['/api/v1/catalog/bundles/{id}']['get']>;
export type PowerListEntry = SuccessJson<paths['/api/v1/catalog/power-list']['get']>['items'][number];
export type CatalogDepartment = SuccessJson<paths['/api/v1/catalog/departments']['get']>['items'][number];

export type ItemContent = RequestJson<paths['/api/v1/catalog/admin/validate']['post']>['content'];
export type BundleContent = RequestJson<paths['/api/v1/catalog/admin/bundles']['post']>['content'];
export type Material = ItemContent['materials'][number];
export type Fee = ItemContent['fees'][number];
export type FormSchema = ItemContent['form'];
export type FormField = FormSchema['properties'][string];
export type RowsField = Extract<FormField, { 'x-kind': 'rows' }>;
export type ScalarField = Exclude<FormField, { 'x-kind': 'rows' }>;
export type ScalarKind = ScalarField['x-kind'];
export type FieldKind = FormField['x-kind'];

export type ItemType = ItemContent['itemType'];
export type ExerciseLevel = ItemContent['exerciseLevel'];
export type ServiceObject = ItemContent['serviceObjects'][number];
export type HandlingType = ItemContent['handlingType'];
export type HandlingForm = ItemContent['handlingForms'][number];
export type CrossRegionScope = ItemContent['crossRegionScope'];
export type ResultType = ItemContent['result']['type'];
export type HandlingKind = NonNullable<ItemContent['handlingKind']>;
export type MaterialNecessity = Material['necessity'];
export type MaterialType = Material['materialType'];
export type MaterialForm = Material['form'];
export type SourceChannel = Material['sourceChannel'];

export type BundleComponent = PublishedBundle['items'][number];
export type MergedField = PublishedBundle['mergedForm']['fields'][number];
export type MergedMaterial = PublishedBundle['mergedMaterials'][number];

export type AdminItemRow = SuccessJson<paths['/api/v1/catalog/admin/items']['get']>['items'][number];
export type AdminItem = SuccessJson<paths['/api/v1/catalog/admin/items/{id}']['get']>;
export type Issue = SuccessJson<paths['/api/v1/catalog/admin/validate']['post']>['issues'][number];
export type VersionSummary = AdminItem['versions'][number];
export type VersionStatus = VersionSummary['status'];
export type DiffChange = SuccessJson<
  paths['/api/v1/catalog/admin/items/{id}/diff']['get']
>['changes'][number];

export type AdminBundleRow = SuccessJson<paths['/api/v1/catalog/admin/bundles']['get']>['items'][number];
export type AdminBundle = SuccessJson<paths['/api/v1/catalog/admin/bundles/{id}']['get']>;

export type Synonym = SuccessJson<paths['/api/v1/catalog/admin/synonyms']['get']>['items'][number];
export type ImportJob = SuccessJson<paths['/api/v1/catalog/admin/imports/{id}']['get']>;
export type ImportError = ImportJob['errors'][number];
export type ImportCounts = ImportJob['summary']['items'];
export type FormFieldError = SuccessJson<
  paths['/api/v1/catalog/admin/form-preview']['post']
>['errors'][number];
