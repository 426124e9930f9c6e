// Pure rules of data sharing (国发〔2016〕51号, DOMAIN.md §8): what a resource entry must say, who may ask
// for what, and which data items a consumer gets.
import { fieldError, Problem, type FieldError } from '../../platform/errors.ts';
import type { GrantStatus, ShareType } from './tables.ts';

export interface DataItem {
  /** Stable key in records and grants, e.g. `birthDate`. */
  key: string;
  /** Label shown to people, e.g. 出生日期. */
  name: string;
  type: 'string' | 'number' | 'date' | 'boolean';
  /** The form concept (`x-concept`) the item fills, e.g. `newborn.birthDate`. */
  concept?: string;
}

export interface ResourceDraft {
  code: string;
  catalogueCode: string;
  name: string;
  abstract: string;
  items: DataItem[];
  shareType: ShareType;
  shareCondition?: string | null;
  legalBasis?: string | null;
  updateCycle: string;
  standsFor: string[];
  connector: { kind: 'dataset' } | { kind: 'http'; url: string; timeoutMs: number; secret?: string };
}

export const SHARE_TYPE_NAMES: Record<ShareType, string> = {
  unconditional: '无条件共享',
  conditional: '有条件共享',
  none: '不予共享',
};

/** 类 (1 digit) + 项 (2) + 目 (3), optional 细目 digits, then a 4-digit sequence. */
const CATALOGUE_CODE = /^[1-9]\d{2}\d{3}\d{0,4}\d{4}$/;
const RESOURCE_CODE = /^[a-z][a-z0-9_]{1,62}$/;
const ITEM_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,62}$/;

/** Every problem with a resource entry at once (field paths as the API names them). */
export function resourceErrors(r: ResourceDraft, options: { secretStored: boolean }): FieldError[] {
  const errors: FieldError[] = [];
  if (!RESOURCE_CODE.test(r.code))
    errors.push(
      fieldError('code', '资源代码须为小写字母、数字和下划线', 'Use lower-case letters, digits and _'),
    );
  if (!CATALOGUE_CODE.test(r.catalogueCode))
    errors.push(
      fieldError(
        'catalogueCode',
        '目录编码应为类（1位）项（2位）目（3位）[细目]加4位顺序号',
        'The catalogue code is category (1) + item (2) + sub-item (3) [+ detail] + a 4-digit sequence',
      ),
    );
  if (r.items.length === 0)
    errors.push(fieldError('items', '至少列出一个信息项', 'List at least one data item'));
  const keys = new Set<string>();
  r.items.forEach((item, i) => {
    if (!ITEM_KEY.test(item.key))
      errors.push(
        fieldError(`items.${i}.key`, '信息项代码须为字母、数字和下划线', 'Use letters, digits and _'),
      );
    if (keys.has(item.key))
      errors.push(fieldError(`items.${i}.key`, '信息项代码重复', 'This key is used twice'));
    keys.add(item.key);
  });
  if (r.shareType !== 'unconditional' && !r.legalBasis?.trim())
    errors.push(
      fieldError(
        'legalBasis',
        '有条件共享和不予共享须注明法律、法规或政策依据',
        'Conditional and non-shared resources need a legal basis',
      ),
    );
  if (r.shareType === 'conditional' && !r.shareCondition?.trim())
    errors.push(fieldError('shareCondition', '请写明共享条件', 'State the sharing condition'));
  if (r.connector.kind === 'http') {
    let url: URL | null = null;
    try {
      url = new URL(r.connector.url);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password)
      errors.push(
        fieldError(
          'connector.url',
          '接口地址须为不含凭据的 http(s) 地址',
          'Give an http(s) URL without credentials',
        ),
      );
    if (!options.secretStored && !r.connector.secret)
      errors.push(fieldError('connector.secret', '请填写接口共享密钥', 'Give the shared secret'));
    if (r.connector.secret !== undefined && !/^[0-9a-f]{64}$/.test(r.connector.secret))
      errors.push(
        fieldError('connector.secret', '密钥须为 64 位十六进制字符', 'The secret is 64 hex characters'),
      );
  }
  return errors;
}

/** Whether a consumer department must hold a grant; refuses 不予共享 with a clear reason. */
export function grantRequirement(shareType: ShareType): 'none_needed' | 'grant_needed' {
  if (shareType === 'none') throw notShareable();
  return shareType === 'unconditional' ? 'none_needed' : 'grant_needed';
}

export const notShareable = () =>
  new Problem(422, 'EXCHANGE_NOT_SHAREABLE', {
    zh: '该资源为不予共享类，不能申请或调用',
    en: 'This resource is not shared (不予共享): it cannot be requested or fetched',
  });

/**
 * A request for a grant: the fields must be items of the resource, and a purpose and items named —
 * published items of the catalogue, when `publishedItems` (those of the codes that are) is given.
 */
export function grantRequestErrors(
  items: DataItem[],
  request: { purpose: string; fields: string[]; itemCodes: string[] },
  publishedItems?: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!request.purpose.trim())
    errors.push(fieldError('purpose', '请说明用途和应用场景', 'State the purpose and scenario'));
  if (request.fields.length === 0)
    errors.push(fieldError('fields', '请选择需要的信息项', 'Choose the data items you need'));
  const known = new Set(items.map((i) => i.key));
  request.fields.forEach((f, i) => {
    if (!known.has(f)) errors.push(fieldError(`fields.${i}`, '该资源没有此信息项', 'No such data item'));
  });
  if (request.itemCodes.length === 0)
    errors.push(fieldError('itemCodes', '请填写所服务的事项编码', 'Name the items the data serves'));
  request.itemCodes.forEach((code, i) => {
    if (publishedItems && !publishedItems.has(code.trim()))
      errors.push(
        fieldError(`itemCodes.${i}`, '没有已发布的该编码的事项', 'No published item has this code'),
      );
  });
  return errors;
}

export interface GrantFacts {
  status: GrantStatus;
  fields: string[];
  itemCodes: string[];
}

/**
 * The data items a consumer may receive: every item of an unconditional resource, else the union of its
 * approved grants (covering `itemCode` when one is named). Empty means no access.
 */
export function grantedFields(
  shareType: ShareType,
  items: DataItem[],
  grants: GrantFacts[],
  itemCode?: string | null,
): string[] {
  if (shareType === 'none') return [];
  if (shareType === 'unconditional') return items.map((i) => i.key);
  const allowed = new Set<string>();
  for (const g of grants) {
    if (g.status !== 'approved') continue;
    if (itemCode && !g.itemCodes.includes(itemCode)) continue;
    for (const f of g.fields) allowed.add(f);
  }
  // Keep the catalogue's order.
  return items.map((i) => i.key).filter((k) => allowed.has(k));
}

/** Requested ∩ granted (all granted when nothing specific is asked); what was asked but not granted is withheld. */
export function minimiseFields(
  requested: string[],
  granted: string[],
): { fields: string[]; withheld: string[] } {
  if (requested.length === 0) return { fields: granted, withheld: [] };
  const allowed = new Set(granted);
  return {
    fields: granted.filter((f) => requested.includes(f)),
    withheld: requested.filter((f) => !allowed.has(f)),
  };
}

/** A pending request is overdue once its due date (the 10th working day) has passed in Beijing. */
export function isOverdue(status: GrantStatus, dueDate: string, today: string): boolean {
  return status === 'pending' && today > dueDate;
}
