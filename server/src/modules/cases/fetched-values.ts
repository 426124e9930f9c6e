import type { FormSchema } from '../catalog/content.ts';
import type { FormData } from './form-data.ts';

// Values fetched from another department's data or a licence, with the applicant's consent, fill the form
// fields of the same concept and are bound to the case: a keyed hash of each is kept, and a submission
// whose bound fields were altered is refused (the applicant may withdraw the consent and upload instead).

/** Field key → keyed hash of the value that was fetched into it. */
export type Bindings = Record<string, string>;

/**
 * Puts fetched values (by concept) into the top-level fields of that concept; answers the new bindings.
 * A field another source already filled and bound keeps that value (the first consent wins).
 */
export function bindFetchedValues(
  schema: FormSchema,
  form: FormData,
  values: Record<string, string>,
  hash: (value: string) => string,
  alreadyBound: ReadonlySet<string> = new Set(),
): { form: FormData; bound: Bindings } {
  const out: FormData = { ...form };
  const bound: Bindings = {};
  for (const [key, field] of Object.entries(schema.properties)) {
    const concept = field['x-concept'];
    if (!concept || values[concept] === undefined || field['x-kind'] === 'rows' || alreadyBound.has(key))
      continue;
    const value = values[concept];
    const numeric = 'type' in field && (field.type === 'number' || field.type === 'integer');
    out[key] = numeric && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
    bound[key] = hash(String(out[key]));
  }
  return { form: out, bound };
}

/** The bound fields whose value is no longer what was fetched. */
export function alteredBindings(form: FormData, bound: Bindings, hash: (value: string) => string): string[] {
  return Object.entries(bound)
    .filter(([key, expected]) => {
      const value = form[key];
      return value === undefined || value === null || hash(String(value)) !== expected;
    })
    .map(([key]) => key);
}
