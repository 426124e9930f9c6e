import type {
  CrossRegionScope,
  ExerciseLevel,
  FieldKind,
  HandlingForm,
  HandlingKind,
  HandlingType,
  ItemType,
  MaterialForm,
  MaterialNecessity,
  MaterialType,
  ResultType,
  ServiceObject,
  SourceChannel,
} from '../api/catalogTypes';

// The code lists of server/src/modules/catalog/content.ts; labels live in i18n under `codes`.

/** 事项类型 are Chinese words on the wire; each has an ASCII key for its translations. */
export const ITEM_TYPES = {
  行政许可: 'licensing',
  行政确认: 'confirmation',
  行政裁决: 'adjudication',
  行政给付: 'benefit',
  行政奖励: 'reward',
  行政备案: 'filing',
  其他行政权力: 'otherPower',
  公共服务: 'publicService',
} as const satisfies Record<ItemType, string>;
export const ITEM_TYPE_LIST = Object.keys(ITEM_TYPES) as ItemType[];

export const EXERCISE_LEVELS = {
  国家级: 'national',
  省级: 'provincial',
  市级: 'city',
  县级: 'county',
  乡级: 'township',
  村级: 'village',
} as const satisfies Record<ExerciseLevel, string>;
export const EXERCISE_LEVEL_LIST = Object.keys(EXERCISE_LEVELS) as ExerciseLevel[];

export const SERVICE_OBJECTS: readonly ServiceObject[] = ['natural_person', 'legal_person'];
export const HANDLING_TYPES: readonly HandlingType[] = ['instant', 'promised'];
export const HANDLING_FORMS: readonly HandlingForm[] = ['window', 'online', 'postal', 'self_service'];
export const CROSS_REGION_SCOPES: readonly CrossRegionScope[] = [
  'none',
  'city',
  'province',
  'cross_province',
];
export const RESULT_TYPES: readonly ResultType[] = ['certificate', 'document', 'approval', 'other'];
export const HANDLING_KINDS: readonly HandlingKind[] = ['new', 'change', 'renewal', 'cancellation'];
export const MATERIAL_NECESSITIES: readonly MaterialNecessity[] = ['required', 'optional', 'conditional'];
export const MATERIAL_TYPES: readonly MaterialType[] = ['original', 'copy', 'original_and_copy', 'other'];
export const MATERIAL_FORMS: readonly MaterialForm[] = ['paper', 'electronic', 'paper_and_electronic'];
export const SOURCE_CHANNELS: readonly SourceChannel[] = ['applicant', 'government', 'intermediary', 'other'];
export const ONLINE_DEPTHS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type OnlineDepth = (typeof ONLINE_DEPTHS)[number];
export const FIELD_KINDS: readonly FieldKind[] = [
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
  'rows',
];

export const isOnlineDepth = (n: number | null | undefined): n is OnlineDepth =>
  typeof n === 'number' && (ONLINE_DEPTHS as readonly number[]).includes(n);
export const isItemType = (s: string | null | undefined): s is ItemType =>
  typeof s === 'string' && Object.hasOwn(ITEM_TYPES, s);
export const isExerciseLevel = (s: string | null | undefined): s is ExerciseLevel =>
  typeof s === 'string' && Object.hasOwn(EXERCISE_LEVELS, s);

/** ¥ from fen, e.g. 1050 → "10.50". */
export const yuan = (fen: number) => (fen / 100).toFixed(2);
