import { fieldError, type FieldError } from '../../platform/errors.ts';
import type { Material } from '../catalog/content.ts';
import type { MaterialSource, MaterialStatus } from './tables.ts';

// Material completeness (材料齐全) as a pure rule: what the applicant chose for each material, checked
// against the item's list, its commitment and accept-with-gaps options and what other sources offer.

/** Where a material could come from without the applicant uploading it. */
export interface SupplyOffer {
  kind: 'licence' | 'shared_data';
  /** Who holds it, e.g. 杭州市西湖区市场监督管理局 or 电子证照库. */
  provider: string;
  /** What it is: a licence identifier, a data resource code, a prerequisite case number. */
  reference: string;
  description: string;
  /** The data items that will be fetched (shown before the applicant consents), e.g. 出生日期、出生地点. */
  fields?: string[];
}

/** What the applicant (or window staff) chose for one material. */
export interface MaterialChoice {
  key: string;
  source: 'upload' | 'licence' | 'shared_data' | 'pledge' | 'waived';
  fileIds?: string[];
  pledgeDueDate?: string;
  /** Why a material is waived (window staff only). */
  note?: string;
}

export interface ResolvedMaterial {
  key: string;
  name: string;
  necessity: Material['necessity'];
  status: MaterialStatus;
  source: MaterialSource | null;
  fileIds: string[];
  reference: Record<string, string> | null;
  pledgeDueDate: string | null;
}

export interface ResolveInput {
  materials: Material[];
  choices: MaterialChoice[];
  offers: Map<string, SupplyOffer[]>;
  /** Keys covered by a signed 告知承诺, when the applicant signed it. */
  committedKeys: string[];
  /** Keys the item lets follow later (容缺), when the applicant may use it. */
  gapKeys: string[];
  /** Latest allowed pledge date (the promised limit) and today, as Beijing dates. */
  pledgeLimit: string;
  today: string;
  /** Window staff may waive materials and scan paper ones; online applicants upload. */
  atWindow: boolean;
}

/** Resolves every material; the errors list every missing or wrong one at once. */
export function resolveMaterials(input: ResolveInput): { rows: ResolvedMaterial[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const known = new Set(input.materials.map((m) => m.key));
  const choices = new Map<string, MaterialChoice>();
  input.choices.forEach((choice, index) => {
    if (!known.has(choice.key)) {
      errors.push(
        fieldError(`materials.${index}.key`, `没有编号为 ${choice.key} 的材料`, `No material ${choice.key}`),
      );
    } else if (choices.has(choice.key)) {
      errors.push(
        fieldError(`materials.${index}.key`, `材料 ${choice.key} 重复`, `Material ${choice.key} twice`),
      );
    } else choices.set(choice.key, choice);
  });
  const rows = input.materials.map((material): ResolvedMaterial => {
    const field = `materials.${material.key}`;
    const base = {
      key: material.key,
      name: material.name,
      necessity: material.necessity,
      fileIds: [] as string[],
      reference: null,
      pledgeDueDate: null,
    };
    if (input.committedKeys.includes(material.key)) {
      return { ...base, status: 'provided', source: 'commitment' };
    }
    const choice = choices.get(material.key);
    const missing = (): ResolvedMaterial => {
      if (material.necessity === 'required') {
        errors.push(fieldError(field, `缺少材料：${material.name}`, `Missing material: ${material.name}`));
      }
      return { ...base, status: 'missing', source: null };
    };
    if (!choice) return missing();
    switch (choice.source) {
      case 'licence':
      case 'shared_data': {
        const offer = input.offers.get(material.key)?.find((o) => o.kind === choice.source);
        if (!offer) {
          errors.push(
            fieldError(
              field,
              `${material.name}无法自动获取，请上传`,
              `${material.name} cannot be fetched; upload it`,
            ),
          );
          return { ...base, status: 'missing', source: null };
        }
        return {
          ...base,
          status: 'provided',
          source: offer.kind,
          reference: { provider: offer.provider, reference: offer.reference, description: offer.description },
        };
      }
      case 'pledge': {
        if (!input.gapKeys.includes(material.key)) {
          errors.push(
            fieldError(field, `${material.name}不可容缺后补`, `${material.name} cannot be supplied later`),
          );
          return { ...base, status: 'missing', source: null };
        }
        const due = choice.pledgeDueDate ?? '';
        if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || due <= input.today || due > input.pledgeLimit) {
          errors.push(
            fieldError(
              `${field}.pledgeDueDate`,
              `补交日期须晚于今天且不晚于承诺办结日 ${input.pledgeLimit}`,
              `The promised date must be after today and no later than ${input.pledgeLimit}`,
            ),
          );
          return { ...base, status: 'missing', source: null };
        }
        return { ...base, status: 'pledged', source: null, pledgeDueDate: due };
      }
      case 'waived': {
        if (!input.atWindow || !choice.note?.trim()) {
          errors.push(
            fieldError(
              field,
              '只有窗口人员可注明理由后免收材料',
              'Only window staff may waive a material, with a reason',
            ),
          );
          return { ...base, status: 'missing', source: null };
        }
        return { ...base, status: 'provided', source: 'waived', reference: { note: choice.note.trim() } };
      }
      case 'upload': {
        const fileIds = choice.fileIds ?? [];
        if (fileIds.length === 0) return missing();
        return { ...base, status: 'provided', source: input.atWindow ? 'window' : 'upload', fileIds };
      }
    }
  });
  return { rows, errors };
}
