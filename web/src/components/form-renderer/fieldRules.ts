import type { FormField, FormSchema, ScalarField } from '../../api/catalogTypes';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643 check character of the first 17 digits (ISO 7064 MOD 11-2). */
export function idNumberCheckChar(first17: string): string {
  const sum = [...first17].reduce((s, digit, i) => s + Number(digit) * (ID_WEIGHTS[i] ?? 0), 0);
  return '10X98765432'[sum % 11]!;
}

/** 18 characters with a correct check character, or an old 15-digit number (the server converts those). */
export function idNumberProblem(value: string): 'pattern' | 'check' | null {
  if (/^\d{15}$/.test(value)) return null;
  if (!/^\d{17}[\dX]$/.test(value)) return 'pattern';
  return idNumberCheckChar(value.slice(0, 17)) === value[17] ? null : 'check';
}

/** GB 32100 character set; the check character is the server's business (legacy codes may fail it). */
export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
export const MOBILE_PATTERN = /^1\d{10}$/;

/** What may be typed into masked inputs: everything else is dropped as it is typed. */
export const normalisers: Partial<Record<ScalarField['x-kind'], (value: unknown) => unknown>> = {
  id_number: (v) =>
    typeof v === 'string'
      ? v
          .toUpperCase()
          .replace(/[^0-9X]/g, '')
          .slice(0, 18)
      : v,
  uscc: (v) =>
    typeof v === 'string'
      ? v
          .toUpperCase()
          .replace(/[^0-9A-Z]/g, '')
          .slice(0, 18)
      : v,
  mobile: (v) => (typeof v === 'string' ? v.replace(/\D/g, '').slice(0, 11) : v),
};

export function fieldTitle(field: Pick<FormField, 'title' | 'titleEn'>, language: string): string {
  return language === 'en' && field.titleEn ? field.titleEn : field.title;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The form's values as the server expects them: in schema order, empty answers left out. */
export function formDataOf(schema: FormSchema, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of schema['x-order']) {
    const field = schema.properties[key];
    const value = values[key];
    if (!field || isEmpty(value)) continue;
    if (field['x-kind'] === 'rows') {
      if (!Array.isArray(value)) continue;
      out[key] = value.map((row: unknown) => {
        const cells: Record<string, unknown> = {};
        const source = (row ?? {}) as Record<string, unknown>;
        for (const sub of field.items['x-order']) {
          if (!isEmpty(source[sub]))
            cells[sub] = typeof source[sub] === 'string' ? (source[sub] as string).trim() : source[sub];
        }
        return cells;
      });
    } else out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

/** An empty form schema. */
export const emptyFormSchema = (): FormSchema => ({
  type: 'object',
  properties: {},
  required: [],
  'x-order': [],
});
