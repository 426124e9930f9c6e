import { api, apiLanguage, unwrap } from './client';
import { ApiError, NetworkError, isProblem } from './problem';
import type { paths } from './schema';

// 效能监督 (server/src/modules/supervision): indicators, drill-down, rankings, trends, alerts, exports, disclosure.

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessJson<Op> = Op extends { responses: infer Rs } ? JsonBody<Rs[Extract<keyof Rs, 200>]> : never;

export type Indicators = SuccessJson<paths['/api/v1/supervision/indicators']['get']>;
export type IndicatorValue = Indicators['indicators'][number];
export type IndicatorKey = IndicatorValue['key'];
export type Definition = Omit<IndicatorValue, 'value'>;
export type Breakdown = SuccessJson<paths['/api/v1/supervision/breakdown']['get']>;
export type Rankings = SuccessJson<paths['/api/v1/supervision/rankings']['get']>;
export type Trend = SuccessJson<paths['/api/v1/supervision/trend']['get']>;
export type SupervisedCase = SuccessJson<paths['/api/v1/supervision/cases']['get']>['items'][number];
export type Alert = SuccessJson<paths['/api/v1/supervision/alerts']['get']>['items'][number];
export type Disclosure = SuccessJson<paths['/api/v1/supervision/disclosure']['get']>;
export type Burden = SuccessJson<paths['/api/v1/supervision/burden']['get']>;
export type GroupBy = 'region' | 'department' | 'item';

export interface Scope {
  regionCode?: string;
  departmentId?: string;
  itemCode?: string;
  from?: string;
  to?: string;
}

/** Only the filters that are set (the API validates each one given). */
const clean = (s: Scope) =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined && v !== '')) as Scope;

export const supervisionApi = {
  indicators: (s: Scope) =>
    unwrap(api.GET('/api/v1/supervision/indicators', { params: { query: clean(s) } })),
  breakdown: (s: Scope, by: GroupBy) =>
    unwrap(api.GET('/api/v1/supervision/breakdown', { params: { query: { ...clean(s), by } } })),
  rankings: (s: Scope, by: GroupBy, indicator: IndicatorKey) =>
    unwrap(api.GET('/api/v1/supervision/rankings', { params: { query: { ...clean(s), by, indicator } } })),
  trend: (s: Scope, indicator: IndicatorKey, granularity: 'month' | 'week') =>
    unwrap(
      api.GET('/api/v1/supervision/trend', { params: { query: { ...clean(s), indicator, granularity } } }),
    ),
  cases: (s: Scope, cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/supervision/cases', {
        params: { query: { ...clean(s), limit, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  alerts: (s: Scope, level: 'overdue' | 'warning', cursor: string | null, limit: number) =>
    unwrap(
      api.GET('/api/v1/supervision/alerts', {
        params: { query: { ...clean(s), level, limit, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  burden: (s: Scope) => unwrap(api.GET('/api/v1/supervision/burden', { params: { query: clean(s) } })),
  disclosure: (s: { regionCode?: string; from?: string; to?: string }) =>
    unwrap(api.GET('/api/v1/supervision/disclosure', { params: { query: clean(s) } })),
};

/**
 * Downloads a file the server builds for the signed-in user (the session cookie authenticates), reporting
 * progress (0–1, or null while the size is unknown), and saves it under the server's file name.
 */
async function downloadFile(
  path: string,
  query: Record<string, string>,
  fallbackName: string,
  onProgress: (fraction: number | null) => void,
): Promise<void> {
  const search = new URLSearchParams(query).toString();
  let response: Response;
  try {
    response = await fetch(`${path}${search ? `?${search}` : ''}`, {
      credentials: 'include',
      headers: { 'accept-language': apiLanguage() },
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiError(response.status, isProblem(body) ? body : null);
  }
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress(total ? 0 : null);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(total ? received / total : null);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? fallbackName);
  const url = URL.createObjectURL(new Blob(chunks as BlobPart[]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  onProgress(1);
}

/** The indicator tables of the scope as an Excel workbook. */
export const downloadExport = (s: Scope, onProgress: (fraction: number | null) => void) =>
  downloadFile(
    '/api/v1/supervision/export.xlsx',
    clean(s) as Record<string, string>,
    'export.xlsx',
    onProgress,
  );

/** The monthly PDF report ('YYYY-MM') of the scope's region or department. */
export const downloadMonthlyReport = (
  s: Pick<Scope, 'regionCode' | 'departmentId'>,
  month: string,
  onProgress: (fraction: number | null) => void,
) =>
  downloadFile(
    '/api/v1/supervision/reports/monthly.pdf',
    {
      ...(clean({ regionCode: s.regionCode, departmentId: s.departmentId }) as Record<string, string>),
      month,
    },
    `monthly-${month}.pdf`,
    onProgress,
  );
