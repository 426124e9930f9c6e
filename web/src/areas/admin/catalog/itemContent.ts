import type { ItemContent, Material } from '../../../api/catalogTypes';
import { emptyFormSchema } from '../../../components/form-renderer/fieldRules';

/** A new item's content: sensible defaults, to be completed in the editor. */
export function blankItemContent(): ItemContent {
  return {
    name: '',
    baseCode: '',
    itemType: '行政许可',
    competentDepartment: '',
    legalBasis: '',
    aliases: [],
    exerciseLevel: '县级',
    serviceObjects: ['natural_person'],
    acceptanceConditions: '',
    handlingType: 'promised',
    statutoryDays: 20,
    promisedDays: 5,
    fees: [],
    processDescription: '',
    processSteps: [],
    handlingForms: ['window', 'online'],
    onlineDepth: 4,
    requiredVisits: 0,
    appointment: false,
    expressDelivery: false,
    onlinePayment: false,
    selfServiceTerminal: false,
    inHall: true,
    crossRegionScope: 'none',
    result: { type: 'certificate', name: '' },
    topics: { person: [], enterprise: [] },
    location: { address: '', hours: '', phone: '' },
    consultation: '',
    complaint: '',
    faq: [],
    materials: [],
    form: emptyFormSchema(),
  };
}

export function blankMaterial(index: number): Material {
  return {
    key: `M${String(index + 1).padStart(2, '0')}`,
    name: '',
    necessity: 'required',
    materialType: 'original',
    form: 'electronic',
    copies: 0,
    sourceChannel: 'applicant',
  };
}

/** Empty optional text is left out (several optional fields have patterns an empty string fails). */
function dropEmpty<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const out = { ...value };
  for (const key of keys) {
    const v = out[key];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) delete out[key];
  }
  return out;
}

const OPTIONAL_MATERIAL_KEYS = [
  'condition',
  'sourceNote',
  'acceptanceStandard',
  'basis',
  'fillingNote',
  'blankFormFileId',
  'sampleFileId',
  'concept',
  'licenceType',
  'dataResource',
] as const;

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/** The editor's values as an ItemContent the API accepts. */
export function toContent(values: ItemContent, form: ItemContent['form']): ItemContent {
  const v = values;
  return dropEmpty(
    {
      ...v,
      aliases: (v.aliases ?? []).map((a) => a.trim()).filter(Boolean),
      statutoryDays: typeof v.statutoryDays === 'number' ? v.statutoryDays : null,
      promisedDays: num(v.promisedDays, 0),
      requiredVisits: num(v.requiredVisits, 0),
      onlineDepth: num(v.onlineDepth, 1),
      fees: (v.fees ?? []).map((fee) =>
        dropEmpty(
          {
            ...fee,
            name: fee.name ?? '',
            basis: fee.basis ?? '',
            amountFen: num(fee.amountFen, 0),
            waivable: !!fee.waivable,
          },
          ['standard', 'waiverBasis'],
        ),
      ),
      processSteps: (v.processSteps ?? []).map((s) => ({
        name: s.name ?? '',
        description: s.description ?? '',
      })),
      faq: (v.faq ?? []).map((f) => ({ question: f.question ?? '', answer: f.answer ?? '' })),
      materials: (v.materials ?? []).map((m) =>
        dropEmpty({ ...m, copies: num(m.copies, 0) }, OPTIONAL_MATERIAL_KEYS),
      ),
      result: dropEmpty({ ...v.result, name: v.result?.name ?? '' }, ['sampleFileId', 'licenceType']),
      topics: { person: v.topics?.person ?? [], enterprise: v.topics?.enterprise ?? [] },
      location: dropEmpty(
        {
          ...v.location,
          address: v.location?.address ?? '',
          hours: v.location?.hours ?? '',
          phone: v.location?.phone ?? '',
        },
        ['townCode', 'villageCode'],
      ),
      appointment: !!v.appointment,
      expressDelivery: !!v.expressDelivery,
      onlinePayment: !!v.onlinePayment,
      selfServiceTerminal: !!v.selfServiceTerminal,
      inHall: !!v.inHall,
      form,
    },
    ['statutoryNote', 'promisedNote', 'visitReason', 'handlingKind'],
  );
}

export type EditorTab = 'basic' | 'process' | 'materials' | 'form' | 'versions';

/** Which editor tab holds a content path. */
export function tabOf(path: string): EditorTab {
  const top = path.split('.')[0] ?? '';
  if (
    [
      'fees',
      'processDescription',
      'processSteps',
      'faq',
      'process',
      'commitment',
      'gapAcceptance',
      'autoApproval',
    ].includes(top)
  )
    return 'process';
  if (top === 'materials') return 'materials';
  if (top === 'form') return 'form';
  return 'basic';
}
