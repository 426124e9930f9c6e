/** A message in both languages the platform speaks. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface FieldError {
  /** Dotted path of the input field, e.g. `idNumber` or `rows.2.name`. */
  field: string;
  message: Bilingual;
}

/**
 * An expected failure with a stable code. Thrown anywhere; the HTTP layer turns it into an
 * RFC 9457 application/problem+json answer.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly bilingual: Bilingual,
    readonly errors: FieldError[] = [],
  ) {
    super(`${code}: ${bilingual.en}`);
    this.name = 'Problem';
  }
}

export const problems = {
  validation: (errors: FieldError[]) =>
    new Problem(
      400,
      'VALIDATION_FAILED',
      { zh: '提交的内容有误，请按提示修改', en: 'Some fields are not valid' },
      errors,
    ),
  unauthenticated: () => new Problem(401, 'UNAUTHENTICATED', { zh: '请先登录', en: 'Please log in first' }),
  forbidden: (why?: Bilingual) =>
    new Problem(403, 'FORBIDDEN', why ?? { zh: '您无权进行此操作', en: 'You are not allowed to do this' }),
  csrf: () =>
    new Problem(403, 'CSRF_TOKEN_INVALID', {
      zh: '页面已过期，请刷新后重试',
      en: 'The page is out of date (CSRF token missing or wrong); reload and try again',
    }),
  notFound: (what: Bilingual) =>
    new Problem(404, 'NOT_FOUND', { zh: `未找到${what.zh}`, en: `${what.en} not found` }),
  conflict: (code: string, message: Bilingual) => new Problem(409, code, message),
};

export function fieldError(field: string, zh: string, en: string): FieldError {
  return { field, message: { zh, en } };
}
