import type { FormField, FormSchema, ItemContent, Material } from './content.ts';

export interface MergedField {
  key: string;
  field: FormField;
  usedBy: Array<{ itemCode: string; fieldKey: string }>;
}

export interface MergedMaterial {
  key: string;
  material: Material;
  usedBy: Array<{ itemCode: string; materialKey: string }>;
}

export interface MergedBundle {
  fields: MergedField[];
  /** The merged fields as one form schema (一表申请), for rendering and validation. */
  schema: FormSchema;
  materials: MergedMaterial[];
}

const NECESSITY_RANK = { required: 3, conditional: 2, optional: 1 } as const;
const conceptKey = (concept: string) => concept.replaceAll('.', '_');

/**
 * 一表申请, 一套材料: a field or material with the same concept in several items is asked once
 * and mapped back to each item; anything without a concept stays per item.
 */
export function mergeBundle(components: Array<{ itemCode: string; content: ItemContent }>): MergedBundle {
  const fields = new Map<string, MergedField>();
  const required = new Set<string>();
  components.forEach(({ itemCode, content }, index) => {
    for (const fieldKey of content.form['x-order']) {
      const field = content.form.properties[fieldKey];
      if (!field) continue;
      const concept = field['x-concept'];
      const key = concept ? conceptKey(concept) : `i${index + 1}_${fieldKey}`;
      const merged = fields.get(key) ?? { key, field, usedBy: [] };
      merged.usedBy.push({ itemCode, fieldKey });
      fields.set(key, merged);
      if (content.form.required.includes(fieldKey)) required.add(key);
    }
  });
  const materials = new Map<string, MergedMaterial>();
  for (const { itemCode, content } of components) {
    for (const material of content.materials) {
      const key = material.concept ?? `${itemCode}:${material.key}`;
      const merged = materials.get(key);
      if (!merged) materials.set(key, { key, material, usedBy: [{ itemCode, materialKey: material.key }] });
      else {
        merged.usedBy.push({ itemCode, materialKey: material.key });
        // The strictest requirement among the items is the one the applicant must meet.
        if (NECESSITY_RANK[material.necessity] > NECESSITY_RANK[merged.material.necessity]) {
          merged.material = { ...merged.material, necessity: material.necessity };
        }
      }
    }
  }
  const list = [...fields.values()];
  return {
    fields: list,
    schema: {
      type: 'object',
      properties: Object.fromEntries(list.map((f) => [f.key, f.field])),
      required: list.filter((f) => required.has(f.key)).map((f) => f.key),
      'x-order': list.map((f) => f.key),
    },
    materials: [...materials.values()],
  };
}

/** What signing the bundle's 告知承诺 means: each offering item's own text, and the merged materials it replaces. */
export interface BundleCommitment {
  text: string;
  materialKeys: string[];
}

/**
 * 告知承诺 in a bundle: offered when any item offers it. A merged material is replaced only when every item
 * that uses it accepts the commitment for it — an item without one still needs the document.
 */
export function bundleCommitment(
  components: Array<{ itemCode: string; name: string; content: ItemContent }>,
  merged: MergedBundle,
): BundleCommitment | null {
  const offering = components.filter((c) => c.content.commitment);
  if (offering.length === 0) return null;
  const covers = (use: { itemCode: string; materialKey: string }) =>
    offering.some(
      (c) => c.itemCode === use.itemCode && c.content.commitment!.materialKeys.includes(use.materialKey),
    );
  return {
    text: offering.map((c) => `【${c.name}】\n${c.content.commitment!.text}`).join('\n\n'),
    materialKeys: merged.materials.filter((m) => m.usedBy.every(covers)).map((m) => m.key),
  };
}
