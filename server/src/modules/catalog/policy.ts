import { definePolicy, hasRole } from '../../platform/auth/policy.ts';

/** Catalogue records are edited by administrators whose region covers them; published ones are public. */
export const catalogPolicy = definePolicy<{
  manageItem: { regionCode: string };
  readDraft: { regionCode: string };
  manageBundle: { regionCodes: string[] };
  manageCatalog: null;
}>({
  manageItem: (actor, item) => hasRole(actor, 'admin', { regionCode: item.regionCode }),
  readDraft: (actor, item) => hasRole(actor, 'admin', { regionCode: item.regionCode }),
  // A bundle crosses departments: its editor must cover every component item's region.
  manageBundle: (actor, bundle) =>
    bundle.regionCodes.every((regionCode) => hasRole(actor, 'admin', { regionCode })),
  manageCatalog: (actor) => hasRole(actor, 'admin'),
});
