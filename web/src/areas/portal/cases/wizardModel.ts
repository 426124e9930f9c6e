import type { FormSchema } from '../../../api/catalogTypes';
import type { CaseMaterial, CaseView, MaterialChoice } from '../../../api/cases';
import { formDataOf } from '../../../components/form-renderer';
import type { AttachedFile } from './MaterialUploader';

// The application wizard's state and rules, apart from rendering: steps, the applicant's choice for
// each material, what is still missing, and which step a server error belongs to.

export type WizardStep = 'form' | 'materials' | 'commitment' | 'review';

/** Materials come first when some can be fetched: what is fetched (with consent) then fills the form. */
export function stepsOf(c: Pick<CaseView, 'commitment' | 'materials'>): WizardStep[] {
  const fetchable = c.materials.some((m) => m.offers.length > 0 || m.fetched !== null);
  const entry: WizardStep[] = fetchable ? ['materials', 'form'] : ['form', 'materials'];
  return c.commitment ? [...entry, 'commitment', 'review'] : [...entry, 'review'];
}

/** How the applicant provides one material. */
export type MaterialMode = 'upload' | 'licence' | 'shared_data' | 'pledge' | 'commitment';

export interface MaterialState {
  /** Undefined until the applicant chooses (when there is more than one way). */
  mode?: MaterialMode;
  files: AttachedFile[];
  pledgeDueDate?: string;
}

export type Choices = Record<string, MaterialState>;

/** The ways a material may be provided: sources that can be fetched, the commitment, a pledge, an upload. */
export function modesOf(m: CaseMaterial, commitmentOffered: boolean): MaterialMode[] {
  const modes: MaterialMode[] = [];
  for (const offer of m.offers) {
    const kind = offer.kind === 'licence' || offer.kind === 'shared_data' ? offer.kind : null;
    if (kind && !modes.includes(kind)) modes.push(kind);
  }
  if (m.commitmentCovers && commitmentOffered) modes.push('commitment');
  if (m.mayPledge) modes.push('pledge');
  modes.push('upload');
  return modes;
}

/** The choices as they stand on the server (a resumed draft), or none yet. */
export function initialChoices(c: CaseView): Choices {
  const out: Choices = {};
  for (const m of c.materials) {
    const files = m.fileIds.map((id) => ({ id }));
    const modes = modesOf(m, c.commitment !== null);
    let mode: MaterialMode | undefined;
    if (m.status === 'pledged') mode = 'pledge';
    else if (m.source === 'licence' || m.source === 'shared_data') mode = m.source;
    else if (m.source === 'commitment') mode = 'commitment';
    else if (files.length > 0 || modes.length === 1) mode = 'upload';
    out[m.key] = { mode, files, pledgeDueDate: m.pledgeDueDate ?? undefined };
  }
  return out;
}

/** What is sent to the server; a material left to the commitment needs no choice of its own. */
export function choicesToSend(choices: Choices): MaterialChoice[] {
  const out: MaterialChoice[] = [];
  for (const [key, state] of Object.entries(choices)) {
    switch (state.mode) {
      case 'upload':
        if (state.files.length > 0)
          out.push({ key, source: 'upload', fileIds: state.files.map((f) => f.id) });
        break;
      case 'licence':
      case 'shared_data':
        out.push({ key, source: state.mode });
        break;
      case 'pledge':
        if (state.pledgeDueDate) out.push({ key, source: 'pledge', pledgeDueDate: state.pledgeDueDate });
        break;
      default:
        break;
    }
  }
  return out;
}

export type MaterialProblem = 'choose' | 'upload' | 'pledgeDate' | 'pledgeRange';

/** A material the applicant has not yet dealt with: required ones must be, optional ones only if started. */
export function materialProblem(
  m: CaseMaterial,
  state: MaterialState | undefined,
  limits: { today: string; pledgeLimit: string | null },
): MaterialProblem | null {
  const required = m.necessity === 'required';
  switch (state?.mode) {
    case undefined:
      return required ? 'choose' : null;
    case 'upload':
      return required && state.files.length === 0 ? 'upload' : null;
    case 'pledge': {
      const date = state.pledgeDueDate;
      if (!date) return 'pledgeDate';
      if (date <= limits.today || (limits.pledgeLimit !== null && date > limits.pledgeLimit))
        return 'pledgeRange';
      return null;
    }
    default:
      return null;
  }
}

/** Materials the applicant left to the commitment (they need it signed, or an upload instead). */
export function leftToCommitment(c: CaseView, choices: Choices): CaseMaterial[] {
  return c.materials.filter((m) => choices[m.key]?.mode === 'commitment');
}

/** The wizard step a server error names: `form.x`, `materials…`, `commitment`; anything else on review. */
export function stepOfField(field: string, steps: WizardStep[]): WizardStep {
  if (field === 'form' || field.startsWith('form.')) return 'form';
  if (field === 'materials' || field.startsWith('materials.')) return 'materials';
  if (field === 'commitment' && steps.includes('commitment')) return 'commitment';
  return 'review';
}

/**
 * The material key a server error names: `materials.M01`, `materials.M01.pledgeDueDate`, or
 * `materials.<n>.fileIds` (the n-th choice sent).
 */
export function materialKeyOf(field: string, c: CaseView, sent: MaterialChoice[]): string | null {
  const match = /^materials\.([^.]+)/.exec(field);
  if (!match) return null;
  const part = match[1]!;
  if (c.materials.some((m) => m.key === part)) return part;
  return /^\d+$/.test(part) ? (sent[Number(part)]?.key ?? null) : null;
}

/** Masked ID numbers (from the profile or a saved draft) are shown, not edited: they stay as stored. */
export const isMasked = (value: unknown): value is string => typeof value === 'string' && value.includes('*');

/**
 * The schema the form step renders: ID-number columns of row fields that hold masked values become plain
 * text, so a saved row is not rejected by the browser's ID-number check (the server checks every value).
 */
export function renderableSchema(schema: FormSchema, form: Record<string, unknown>): FormSchema {
  const properties: FormSchema['properties'] = {};
  for (const [key, field] of Object.entries(schema.properties)) {
    const rows = form[key];
    if (field['x-kind'] !== 'rows' || !Array.isArray(rows)) {
      properties[key] = field;
      continue;
    }
    const items = { ...field.items, properties: { ...field.items.properties } };
    for (const [column, sub] of Object.entries(field.items.properties)) {
      const masked = rows.some((row) => isMasked((row as Record<string, unknown> | null)?.[column]));
      if (sub['x-kind'] === 'id_number' && masked) items.properties[column] = { ...sub, 'x-kind': 'text' };
    }
    properties[key] = { ...field, items };
  }
  return { ...schema, properties };
}

/**
 * The form data to save: every field of the schema, a cleared one as null (a field left out would keep
 * its stored value on the server).
 */
export function formToSave(schema: FormSchema, values: Record<string, unknown>): Record<string, unknown> {
  const cleared = Object.fromEntries(
    schema['x-order'].filter((key) => schema.properties[key]).map((key) => [key, null]),
  );
  return { ...cleared, ...formDataOf(schema, values) };
}
