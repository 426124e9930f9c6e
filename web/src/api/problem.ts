/** RFC 9457 problem details as the Tongban API sends them (content-type application/problem+json). */
export interface LocalizedText {
  zh: string;
  en: string;
}

export interface FieldProblem {
  /** Name of the offending request field, e.g. `idNumber` or `address.city`. */
  field: string;
  message: LocalizedText;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  message: LocalizedText;
  errors?: FieldProblem[];
  requestId: string;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalizedText).zh === 'string' &&
    typeof (value as LocalizedText).en === 'string'
  );
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<Problem>;
  return typeof p.status === 'number' && typeof p.code === 'string' && isLocalizedText(p.message);
}

/** An HTTP error answer from the API. `problem` is null when the body was not problem+json (e.g. a proxy error). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem ? `${problem.code}: ${problem.detail || problem.title}` : `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): string | null {
    return this.problem?.code ?? null;
  }

  /** Field-level validation errors with a usable shape; never undefined. */
  get fieldErrors(): FieldProblem[] {
    const errors = this.problem?.errors;
    if (!Array.isArray(errors)) return [];
    return errors.filter((e) => typeof e?.field === 'string' && isLocalizedText(e.message));
  }
}

/** The request never got an HTTP answer (offline, DNS, connection refused, aborted). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

export function pickLocalized(text: LocalizedText, language: string): string {
  return language.toLowerCase().startsWith('en') ? text.en || text.zh : text.zh || text.en;
}
