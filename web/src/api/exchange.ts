/** Data sharing (政务数据共享): the resource catalogue, grant requests and who used my data. */
import { api, unwrap, type CursorPage } from './client';
import type { paths } from './schema';

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: infer Rs } ? JsonBody<Rs[Extract<keyof Rs, 200 | 201>]> : never;
type Body<Op> = Op extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;

export type DataResource = Ok<paths['/api/v1/exchange/resources/{code}']['get']>;
export type DataItem = DataResource['items'][number];
export type ResourceInput = Body<paths['/api/v1/exchange/resources']['post']>;
export type ResourceUpdate = Body<paths['/api/v1/exchange/resources/{code}']['put']>;
export type Grant = Ok<paths['/api/v1/exchange/grants']['get']>['items'][number];
export type GrantRequest = Body<paths['/api/v1/exchange/grants']['post']>;
export type DataAccess = Ok<paths['/api/v1/me/data-access']['get']>['items'][number];
export type GrantSide = 'consumer' | 'provider';
export type GrantStatus = Grant['status'];

const page = (cursor: string | null, limit: number) => ({ limit, ...(cursor ? { cursor } : {}) });

export const exchangeApi = {
  resources: (cursor: string | null, limit: number, q?: string): Promise<CursorPage<DataResource>> =>
    unwrap(
      api.GET('/api/v1/exchange/resources', {
        params: { query: { ...page(cursor, limit), ...(q ? { q } : {}) } },
      }),
    ),
  resource: (code: string) =>
    unwrap(api.GET('/api/v1/exchange/resources/{code}', { params: { path: { code } } })),
  createResource: (body: ResourceInput) => unwrap(api.POST('/api/v1/exchange/resources', { body })),
  updateResource: (code: string, body: ResourceUpdate) =>
    unwrap(api.PUT('/api/v1/exchange/resources/{code}', { params: { path: { code } }, body })),
  publishResource: (code: string) =>
    unwrap(api.POST('/api/v1/exchange/resources/{code}/publish', { params: { path: { code } } })),
  grants: (
    side: GrantSide | undefined,
    status: GrantStatus | undefined,
    cursor: string | null,
    limit: number,
  ): Promise<CursorPage<Grant>> =>
    unwrap(
      api.GET('/api/v1/exchange/grants', {
        params: {
          query: { ...page(cursor, limit), ...(side ? { side } : {}), ...(status ? { status } : {}) },
        },
      }),
    ),
  requestGrant: (body: GrantRequest) => unwrap(api.POST('/api/v1/exchange/grants', { body })),
  decide: (id: string, decision: 'approve' | 'refuse', reasons?: string) =>
    unwrap(
      api.POST('/api/v1/exchange/grants/{id}/decision', {
        params: { path: { id } },
        body: { decision, ...(reasons ? { reasons } : {}) },
      }),
    ),
  myDataAccess: (cursor: string | null, limit: number): Promise<CursorPage<DataAccess>> =>
    unwrap(api.GET('/api/v1/me/data-access', { params: { query: page(cursor, limit) } })),
};
