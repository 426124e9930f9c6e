import { api, unwrap } from './client';
import type { paths } from './schema';

// Electronic licences (server/src/modules/licenses/routes.ts): the holder's wallet, public verification,
// staff search and lifecycle, and administration (types, seal keys, bulk import).

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessJson<Op> = Op extends { responses: infer Rs }
  ? JsonBody<Rs[Extract<keyof Rs, 200 | 201 | 202>]>
  : never;
type RequestJson<Op> = Op extends { requestBody: { content: { 'application/json': infer T } } } ? T : never;

export type LicenceSummary = SuccessJson<paths['/api/v1/me/licenses']['get']>['items'][number];
export type StaffLicence = SuccessJson<paths['/api/v1/licenses']['get']>['items'][number];
export type LicenceDetail = SuccessJson<paths['/api/v1/licenses/{id}']['get']>;
export type LicenceUse = LicenceDetail['uses'][number];
export type LicenceStatus = LicenceSummary['status'];
export type VerifyResult = SuccessJson<paths['/api/v1/licenses/verify']['get']>;
export type Verdict = VerifyResult['status'];
export type LicenceType = SuccessJson<paths['/api/v1/licenses/admin/types']['get']>[number];
export type LicenceTypeBody = RequestJson<paths['/api/v1/licenses/admin/types/{code}']['put']>;
export type FaceField = LicenceTypeBody['faceFields'][number];
export type DepartmentSeal = SuccessJson<paths['/api/v1/licenses/admin/seals']['get']>[number];
export type SealAlgorithm = DepartmentSeal['algorithm'];
export type LicenceImport = SuccessJson<paths['/api/v1/licenses/admin/imports/{id}']['get']>;
export type LicenceImportError = LicenceImport['errors'][number];
export type LifecycleAction = 'revoke' | 'suspend' | 'reinstate';
export type Presentation = SuccessJson<paths['/api/v1/licenses/{id}/presentations']['post']>;
export type LicenceGrant = SuccessJson<paths['/api/v1/licenses/{id}/grants']['get']>['items'][number];
export type GrantBody = RequestJson<paths['/api/v1/licenses/{id}/grants']['post']>;
export type GranteeKind = GrantBody['granteeKind'];
export type GrantCreated = SuccessJson<paths['/api/v1/licenses/{id}/grants']['post']>;
export type GrantedLicence = SuccessJson<paths['/api/v1/licenses/grants/redeem']['post']>;

export const LICENCE_STATUSES: readonly LicenceStatus[] = [
  'valid',
  'suspended',
  'revoked',
  'expired',
  'superseded',
];
export const VERDICTS: readonly Verdict[] = [
  'valid',
  'expired',
  'suspended',
  'revoked',
  'superseded',
  'tampered',
  'unknown',
  'presentation_expired',
];

const BASE = '/api/v1/licenses';
const byId = (id: string) => ({ path: { id } });

/** Downloads are plain links: the session cookie goes with them and the server names the file. */
export const licencePdfUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}/pdf`;
export const licenceExportUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}/export`;
/** The W3C Verifiable Credential (VC 2.0 as a JWT). */
export const licenceCredentialUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}/credential`;
export const IMPORT_TEMPLATE_URL = `${BASE}/admin/import-template.xlsx`;
export const LICENCE_IMPORT_URL = `${BASE}/admin/imports`;

export interface LicenceSearch {
  q?: string;
  status?: LicenceStatus;
  type?: string;
}

export const licensesApi = {
  wallet: (cursor: string | null, limit: number) =>
    unwrap(api.GET('/api/v1/me/licenses', { params: { query: { limit, cursor: cursor ?? undefined } } })),
  detail: (id: string) => unwrap(api.GET('/api/v1/licenses/{id}', { params: byId(id) })),
  /** q: the QR link, an identifier, or `identifier#code`. */
  verify: (q: string) => unwrap(api.GET('/api/v1/licenses/verify', { params: { query: { q } } })),

  search: (filter: LicenceSearch, cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/licenses', {
        params: {
          query: {
            limit,
            cursor: cursor ?? undefined,
            q: filter.q || undefined,
            status: filter.status,
            type: filter.type || undefined,
          },
        },
      }),
    ),
  setStatus: (id: string, action: LifecycleAction, reason: string) => {
    const init = { params: byId(id), body: { reason } };
    return unwrap(
      action === 'revoke'
        ? api.POST('/api/v1/licenses/{id}/revoke', init)
        : action === 'suspend'
          ? api.POST('/api/v1/licenses/{id}/suspend', init)
          : api.POST('/api/v1/licenses/{id}/reinstate', init),
    );
  },
  renew: (id: string) => unwrap(api.POST('/api/v1/licenses/{id}/renew', { params: byId(id) })),

  /** 亮证: a link that verifies for a few minutes. */
  present: (id: string) => unwrap(api.POST('/api/v1/licenses/{id}/presentations', { params: byId(id) })),
  grants: (id: string, cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/licenses/{id}/grants', {
        params: { path: { id }, query: { limit, cursor: cursor ?? undefined } },
      }),
    ),
  createGrant: (id: string, body: GrantBody) =>
    unwrap(api.POST('/api/v1/licenses/{id}/grants', { params: byId(id), body })),
  revokeGrant: (id: string, grantId: string) =>
    unwrap(api.POST('/api/v1/licenses/{id}/grants/{grantId}/revoke', { params: { path: { id, grantId } } })),
  /** A granted department's staff (or organisation's agent) opens a licence by its identifier. */
  useGrant: (identifier: string) => unwrap(api.POST('/api/v1/licenses/grants/use', { body: { identifier } })),
  /** Anyone with a one-time code. */
  redeem: (code: string) => unwrap(api.POST('/api/v1/licenses/grants/redeem', { body: { code } })),

  types: () => unwrap(api.GET('/api/v1/licenses/admin/types')),
  putType: (code: string, body: LicenceTypeBody) =>
    unwrap(api.PUT('/api/v1/licenses/admin/types/{code}', { params: { path: { code } }, body })),
  seals: () => unwrap(api.GET('/api/v1/licenses/admin/seals')),
  rotateSeal: (departmentId: string) =>
    unwrap(api.POST('/api/v1/licenses/admin/seals/{id}/rotate', { params: byId(departmentId) })),
  setSealAlgorithm: (departmentId: string, algorithm: SealAlgorithm) =>
    unwrap(
      api.PUT('/api/v1/licenses/admin/seals/{id}/algorithm', {
        params: byId(departmentId),
        body: { algorithm },
      }),
    ),
  importStatus: (id: string) => unwrap(api.GET('/api/v1/licenses/admin/imports/{id}', { params: byId(id) })),
  applyImport: (id: string) =>
    unwrap(api.POST('/api/v1/licenses/admin/imports/{id}/apply', { params: byId(id) })),
};

/**
 * What the verification page needs from the QR link, a pasted link or a typed identifier:
 * `{ id, c }` as in `/verify?id=…&c=…` (c is the content code, absent for a bare identifier).
 */
export function parseVerifyInput(input: string): { id: string; c: string | null; p: string | null } {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      // A 亮证 link carries a short-lived presentation token instead of the identifier.
      const p = url.searchParams.get('p');
      if (p) return { id: '', c: null, p };
      return { id: url.searchParams.get('id')?.trim() ?? '', c: url.searchParams.get('c'), p: null };
    } catch {
      return { id: '', c: null, p: null };
    }
  }
  const [id = '', c] = text.split('#');
  return { id: id.trim(), c: c?.trim() || null, p: null };
}

/** The same verification link the QR code holds, but on this site (the server's public URL may differ). */
export function verifyPath(id: string, c: string | null): string {
  const params = new URLSearchParams({ id });
  if (c) params.set('c', c);
  return `/verify?${params.toString()}`;
}
