import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, NetworkError, isProblem } from './problem';

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessJson<Op> = Op extends { responses: infer Rs }
  ? JsonBody<Rs[Extract<keyof Rs, 200 | 201>]>
  : never;

/** The current account as returned by /api/v1/auth/me, login, register and acting-for. */
export type Me = SuccessJson<paths['/api/v1/auth/me']['get']>;
export type Role = Me['roles'][number]['role'];
export type Organisation = Me['organisations'][number];
export type Region = SuccessJson<paths['/api/v1/regions']['get']>['items'][number];
export type Department = SuccessJson<paths['/api/v1/departments']['get']>['items'][number];
export type CalendarYear = SuccessJson<paths['/api/v1/calendar/{year}']['get']>;
export type CalendarDay = CalendarYear['days'][number];
export type AuditEntry = SuccessJson<paths['/api/v1/audit']['get']>['items'][number];
export type AuditVerification = SuccessJson<paths['/api/v1/audit/verify']['post']>;

/** A page of a cursor-paginated list. */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_FREE_PATHS = ['/api/v1/auth/login', '/api/v1/auth/register'];

let csrfToken: string | null = null;
let currentLanguage = 'zh-CN';

/** Remember the CSRF token of the logged-in account (null after logout). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The UI language, sent as Accept-Language so server texts follow it. */
export function setApiLanguage(language: string): void {
  currentLanguage = language;
}

/** Fetches the CSRF token when a state-changing request is about to go out without one (e.g. after reload). */
async function loadCsrfToken(): Promise<string | null> {
  try {
    const response = await fetch('/api/v1/auth/me', {
      credentials: 'include',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return null;
    const me = (await response.json()) as Partial<Me>;
    csrfToken = typeof me.csrfToken === 'string' ? me.csrfToken : null;
  } catch {
    return null;
  }
  return csrfToken;
}

/** The CSRF token for a state-changing request made outside openapi-fetch (e.g. an upload with progress). */
export async function csrfTokenForWrite(): Promise<string | null> {
  return csrfToken ?? (await loadCsrfToken());
}

/** The language sent as Accept-Language. */
export function apiLanguage(): string {
  return currentLanguage;
}

const sessionMiddleware: Middleware = {
  async onRequest({ request }) {
    request.headers.set('accept-language', currentLanguage);
    if (!SAFE_METHODS.has(request.method.toUpperCase())) {
      const path = new URL(request.url, window.location.origin).pathname;
      const token = csrfToken ?? (CSRF_FREE_PATHS.includes(path) ? null : await loadCsrfToken());
      if (token) request.headers.set('x-csrf-token', token);
    }
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'include',
  headers: { accept: 'application/json, application/problem+json' },
});
api.use(sessionMiddleware);

interface FetchResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws ApiError (HTTP error, with the parsed
 * problem+json when there is one) or NetworkError (no answer at all).
 */
export async function unwrap<D>(call: Promise<FetchResult<D>>): Promise<D> {
  let result: FetchResult<D>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new NetworkError(cause);
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    throw new ApiError(response.status, isProblem(error) ? error : null);
  }
  return data as D;
}
