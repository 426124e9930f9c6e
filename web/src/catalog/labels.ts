import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CrossRegionScope,
  FieldKind,
  HandlingForm,
  HandlingKind,
  HandlingType,
  MaterialForm,
  MaterialNecessity,
  MaterialType,
  ResultType,
  ServiceObject,
  SourceChannel,
  Topic,
  VersionStatus,
} from '../api/catalogTypes';
import { EXERCISE_LEVELS, ITEM_TYPES, isExerciseLevel, isItemType, isOnlineDepth } from './codes';

const has = <T extends string>(list: Record<T, unknown>, value: string): value is T =>
  Object.hasOwn(list, value);

/** Code → label in the current language; an unknown code (added on the server later) shows as itself. */
export function useCatalogLabels() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useMemo(() => {
    const pick = <T extends string>(codes: Record<T, string>, value: string | null | undefined): string =>
      value === null || value === undefined ? t('common.none') : has(codes, value) ? codes[value] : value;
    const group = <T extends string>(values: readonly T[], label: (v: T) => string) =>
      Object.fromEntries(values.map((v) => [v, label(v)])) as Record<T, string>;

    const handlingForms = group<HandlingForm>(['window', 'online', 'postal', 'self_service'], (v) =>
      t(`codes.handlingForm.${v}`),
    );
    const necessities = group<MaterialNecessity>(['required', 'optional', 'conditional'], (v) =>
      t(`codes.necessity.${v}`),
    );
    const materialTypes = group<MaterialType>(['original', 'copy', 'original_and_copy', 'other'], (v) =>
      t(`codes.materialType.${v}`),
    );
    const materialForms = group<MaterialForm>(['paper', 'electronic', 'paper_and_electronic'], (v) =>
      t(`codes.materialForm.${v}`),
    );
    const sourceChannels = group<SourceChannel>(['applicant', 'government', 'intermediary', 'other'], (v) =>
      t(`codes.sourceChannel.${v}`),
    );
    const handlingTypes = group<HandlingType>(['instant', 'promised'], (v) => t(`codes.handlingType.${v}`));
    const scopes = group<CrossRegionScope>(['none', 'city', 'province', 'cross_province'], (v) =>
      t(`codes.crossRegionScope.${v}`),
    );
    const resultTypes = group<ResultType>(['certificate', 'document', 'approval', 'other'], (v) =>
      t(`codes.resultType.${v}`),
    );
    const handlingKinds = group<HandlingKind>(['new', 'change', 'renewal', 'cancellation'], (v) =>
      t(`codes.handlingKind.${v}`),
    );
    const serviceObjects = group<ServiceObject>(['natural_person', 'legal_person'], (v) =>
      t(`codes.serviceObject.${v}`),
    );
    const fieldKinds = group<FieldKind>(
      [
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
      ],
      (v) => t(`codes.fieldKind.${v}`),
    );
    const statuses = group<VersionStatus>(['draft', 'published', 'retired'], (v) => t(`codes.status.${v}`));
    const audiences = group<'person' | 'enterprise'>(['person', 'enterprise'], (v) =>
      t(`codes.audience.${v}`),
    );

    return {
      itemType: (value: string | null | undefined) =>
        isItemType(value) ? t(`codes.itemType.${ITEM_TYPES[value]}`) : (value ?? t('common.none')),
      exerciseLevel: (value: string | null | undefined) =>
        isExerciseLevel(value)
          ? t(`codes.exerciseLevel.${EXERCISE_LEVELS[value]}`)
          : (value ?? t('common.none')),
      onlineDepth: (value: number | null | undefined) =>
        isOnlineDepth(value)
          ? t(`codes.onlineDepth.d${value}`)
          : value === null || value === undefined
            ? t('common.none')
            : String(value),
      /** "3 · 互联网预审": the national code with its name. */
      onlineDepthWithCode: (value: number | null | undefined) =>
        isOnlineDepth(value) ? `${value} · ${t(`codes.onlineDepth.d${value}`)}` : t('common.none'),
      handlingForm: (v: string | null | undefined) => pick(handlingForms, v),
      necessity: (v: string | null | undefined) => pick(necessities, v),
      materialType: (v: string | null | undefined) => pick(materialTypes, v),
      materialForm: (v: string | null | undefined) => pick(materialForms, v),
      sourceChannel: (v: string | null | undefined) => pick(sourceChannels, v),
      handlingType: (v: string | null | undefined) => pick(handlingTypes, v),
      crossRegionScope: (v: string | null | undefined) => pick(scopes, v),
      resultType: (v: string | null | undefined) => pick(resultTypes, v),
      handlingKind: (v: string | null | undefined) => pick(handlingKinds, v),
      serviceObject: (v: string | null | undefined) => pick(serviceObjects, v),
      fieldKind: (v: string | null | undefined) => pick(fieldKinds, v),
      status: (v: string | null | undefined) => pick(statuses, v),
      audience: (v: string | null | undefined) => pick(audiences, v),
      topicName: (topic: Pick<Topic, 'name' | 'nameEn'>) =>
        english && topic.nameEn ? topic.nameEn : topic.name,
      /** "最多跑一次" style wording for the number of on-site visits. */
      visits: (n: number | null | undefined) =>
        n === null || n === undefined
          ? t('common.none')
          : n === 0
            ? t('codes.visitsZero')
            : t('codes.visits', { count: n }),
      days: (n: number | null | undefined) =>
        n === null || n === undefined
          ? t('codes.noDays')
          : n === 0
            ? t('codes.sameDay')
            : t('codes.workingDays', { count: n }),
      english,
    };
  }, [t, english]);
}

export type CatalogLabels = ReturnType<typeof useCatalogLabels>;
