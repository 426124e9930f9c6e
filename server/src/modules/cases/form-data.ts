import type { FormSchema, ScalarField } from '../catalog/content.ts';
import { maskIdNumber } from '../identity/id-number.ts';

// Form data on a case holds personal data: ID number fields are masked in every answer, and a masked
// value sent back unchanged keeps the stored one (so a draft can be resumed without retyping).

export type FormData = Record<string, unknown>;

/** What the applicant's profile can fill in, by field concept. */
export interface Profile {
  person: { name: string; idNumber: string; mobile: string | null; email: string | null };
  organisation: { name: string; uscc: string } | null;
}

const PROFILE_CONCEPTS: Record<string, (p: Profile) => string | null | undefined> = {
  'applicant.name': (p) => p.organisation?.name ?? p.person.name,
  'applicant.idNumber': (p) => (p.organisation ? undefined : p.person.idNumber),
  'applicant.mobile': (p) => p.person.mobile,
  'applicant.email': (p) => p.person.email,
  'contact.name': (p) => p.person.name,
  'contact.mobile': (p) => p.person.mobile,
  'enterprise.name': (p) => p.organisation?.name,
  'enterprise.uscc': (p) => p.organisation?.uscc,
  'legalRepresentative.name': (p) => (p.organisation ? p.person.name : undefined),
};

/** Values from the profile, and from earlier results (by concept), for fields still empty. */
export function prefillForm(
  schema: FormSchema,
  data: FormData,
  profile: Profile,
  known: Record<string, string> = {},
) {
  const out: FormData = { ...data };
  for (const [key, field] of Object.entries(schema.properties)) {
    const concept = field['x-concept'];
    if (!concept || (out[key] !== undefined && out[key] !== '')) continue;
    const value = known[concept] ?? PROFILE_CONCEPTS[concept]?.(profile);
    if (value) out[key] = value;
  }
  return out;
}

const isIdField = (field: { 'x-kind': string }) => field['x-kind'] === 'id_number';

function mapIdValues(
  schema: FormSchema,
  data: FormData,
  map: (value: string, path: (string | number)[]) => string,
) {
  const out: FormData = { ...data };
  for (const [key, field] of Object.entries(schema.properties)) {
    const value = out[key];
    if (field['x-kind'] === 'rows' && 'items' in field && Array.isArray(value)) {
      const columns = Object.entries(field.items.properties).filter(([, f]) => isIdField(f as ScalarField));
      if (columns.length === 0) continue;
      out[key] = value.map((row, index) => {
        if (typeof row !== 'object' || row === null) return row;
        const copy = { ...(row as Record<string, unknown>) };
        for (const [column] of columns) {
          if (typeof copy[column] === 'string') copy[column] = map(copy[column], [key, index, column]);
        }
        return copy;
      });
    } else if (isIdField(field) && typeof value === 'string') {
      out[key] = map(value, [key]);
    }
  }
  return out;
}

/** The form as shown to anyone: ID numbers masked. */
export function maskForm(schema: FormSchema, data: FormData): FormData {
  return mapIdValues(schema, data, (value) => (value.length >= 15 ? maskIdNumber(value) : value));
}

/** Incoming values where an ID number comes back masked and unchanged take the stored value. */
export function unmaskForm(schema: FormSchema, incoming: FormData, stored: FormData): FormData {
  const masked = maskForm(schema, stored);
  return mapIdValues(schema, incoming, (value, path) => {
    const at = (d: FormData) =>
      path.reduce<unknown>((v, p) => (v as Record<string | number, unknown>)?.[p], d);
    return value === at(masked) && typeof at(stored) === 'string' ? (at(stored) as string) : value;
  });
}
