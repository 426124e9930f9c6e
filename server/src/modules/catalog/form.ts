import type { FieldError } from '../../platform/errors.ts';
import { parseIdNumber } from '../identity/id-number.ts';
import { parseUscc } from '../identity/uscc.ts';
import { MOBILE_PATTERN } from '../identity/validation.ts';
import type { FormSchema, ScalarField } from './content.ts';

export interface FormContext {
  /** Whether a region code exists (the form may ask for a GB/T 2260 region). */
  isRegion(code: string): boolean;
}

const err = (field: string, zh: string, en: string): FieldError => ({ field, message: { zh, en } });
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function checkScalar(
  path: string,
  field: ScalarField,
  value: unknown,
  context: FormContext,
  out: FieldError[],
): void {
  const title = field.title;
  if (field.type === 'number' || field.type === 'integer') {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return void out.push(err(path, `${title}须为数字`, `${title} must be a number`));
    if (field.type === 'integer' && !Number.isInteger(value))
      return void out.push(err(path, `${title}须为整数`, `${title} must be a whole number`));
    if (field.minimum !== undefined && value < field.minimum)
      out.push(err(path, `${title}不得小于${field.minimum}`, `${title} must be at least ${field.minimum}`));
    if (field.maximum !== undefined && value > field.maximum)
      out.push(err(path, `${title}不得大于${field.maximum}`, `${title} must be at most ${field.maximum}`));
    return;
  }
  if (typeof value !== 'string') return void out.push(err(path, `${title}须为文本`, `${title} must be text`));
  const text = value.trim();
  if (field.minLength !== undefined && text.length < field.minLength)
    out.push(
      err(
        path,
        `${title}至少${field.minLength}个字`,
        `${title} needs at least ${field.minLength} characters`,
      ),
    );
  if (field.maxLength !== undefined && text.length > field.maxLength)
    out.push(
      err(
        path,
        `${title}不得超过${field.maxLength}个字`,
        `${title} may have at most ${field.maxLength} characters`,
      ),
    );
  switch (field['x-kind']) {
    case 'date':
      if (!validDate(text))
        out.push(err(path, `${title}须为有效日期（年-月-日）`, `${title} must be a valid date (YYYY-MM-DD)`));
      break;
    case 'select':
      if (!(field.enum ?? []).includes(text))
        out.push(err(path, `请从选项中选择${title}`, `Choose ${title} from the options`));
      break;
    case 'region':
      if (!/^\d{6}$/.test(text) || !context.isRegion(text))
        out.push(err(path, `${title}须为有效的行政区划`, `${title} must be a valid region`));
      break;
    case 'id_number': {
      const parsed = parseIdNumber(text);
      if (!parsed.ok) out.push({ field: path, message: parsed.message });
      break;
    }
    case 'uscc': {
      const parsed = parseUscc(text);
      if (!parsed.ok) out.push({ field: path, message: parsed.message });
      break;
    }
    case 'mobile':
      if (!MOBILE_PATTERN.test(text))
        out.push(err(path, `${title}须为11位手机号码`, `${title} must be an 11-digit mobile number`));
      break;
    default:
      break;
  }
}

function checkObject(
  prefix: string,
  properties: Record<string, FormSchema['properties'][string]>,
  required: string[],
  data: Record<string, unknown>,
  context: FormContext,
  out: FieldError[],
): void {
  for (const key of Object.keys(data)) {
    if (!(key in properties))
      out.push(err(`${prefix}${key}`, '表单中没有该字段', 'This field is not on the form'));
  }
  for (const [key, field] of Object.entries(properties)) {
    const path = `${prefix}${key}`;
    const value = data[key];
    if (isEmpty(value) || (Array.isArray(value) && value.length === 0 && field['x-kind'] !== 'rows')) {
      if (required.includes(key))
        out.push(err(path, `请填写${field.title}`, `${field.titleEn ?? field.title} is required`));
      continue;
    }
    if (field['x-kind'] === 'rows' && 'items' in field) {
      if (!Array.isArray(value)) {
        out.push(err(path, `${field.title}须为列表`, `${field.title} must be a list`));
        continue;
      }
      const min = field.minItems ?? (required.includes(key) ? 1 : 0);
      if (value.length < min)
        out.push(err(path, `${field.title}至少填写${min}行`, `${field.title} needs at least ${min} rows`));
      if (field.maxItems !== undefined && value.length > field.maxItems) {
        out.push(
          err(
            path,
            `${field.title}最多${field.maxItems}行`,
            `${field.title} allows at most ${field.maxItems} rows`,
          ),
        );
      }
      value.forEach((row, i) => {
        if (typeof row !== 'object' || row === null || Array.isArray(row))
          out.push(err(`${path}.${i}`, '行格式不正确', 'Malformed row'));
        else
          checkObject(
            `${path}.${i}.`,
            field.items.properties,
            field.items.required ?? [],
            row as Record<string, unknown>,
            context,
            out,
          );
      });
      continue;
    }
    checkScalar(path, field as ScalarField, value, context, out);
  }
}

/** Validates form data against an item's form schema; every wrong field is reported. */
export function validateFormData(schema: FormSchema, data: unknown, context: FormContext): FieldError[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return [err('(form)', '表单数据格式不正确', 'Form data must be an object')];
  const out: FieldError[] = [];
  checkObject('', schema.properties, schema.required, data as Record<string, unknown>, context, out);
  return out;
}
