import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from 'fastify';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { Problem, problems, type Bilingual, type FieldError } from '../errors.ts';
import { PATTERN_MESSAGES } from './schemas.ts';

// ajv-i18n is CommonJS; its typings describe an ESM default export that Node does not give.
const localizeZh = createRequire(import.meta.url)('ajv-i18n/localize/zh') as (errors: ErrorObject[]) => void;

const PROBLEM_BASE = 'https://tongban.dev/problems/';

function wantsEnglish(request: FastifyRequest): boolean {
  const header = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(header.trim());
}

/** `/rows/2/name` → `rows.2.name`; a missing property names itself. */
function fieldOf(error: FastifySchemaValidationError): string {
  const params = error.params as Record<string, unknown>;
  const base = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = typeof params.missingProperty === 'string' ? params.missingProperty : null;
  const extra = typeof params.additionalProperty === 'string' ? params.additionalProperty : null;
  const leaf = missing ?? extra;
  return leaf ? (base ? `${base}.${leaf}` : leaf) : base || '(body)';
}

/**
 * One message per field in both languages. A union of literals fails once per literal plus once
 * for the union; those collapse into a single "must be one of" message.
 */
export function fieldErrorsFromValidation(validation: FastifySchemaValidationError[]): FieldError[] {
  const chinese = validation.map((e) => ({ ...e })) as unknown as ErrorObject[];
  localizeZh(chinese);
  const byField = new Map<string, { allowed: unknown[]; first: FieldError | null }>();
  validation.forEach((error, i) => {
    const field = fieldOf(error);
    const entry = byField.get(field) ?? { allowed: [], first: null };
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'const') entry.allowed.push(params.allowedValue);
    else if (error.keyword === 'enum' && Array.isArray(params.allowedValues))
      entry.allowed.push(...params.allowedValues);
    else if (error.keyword !== 'anyOf' && !entry.first) {
      const shared = error.keyword === 'pattern' ? PATTERN_MESSAGES[String(params.pattern)] : undefined;
      entry.first = {
        field,
        message: shared ?? { en: error.message ?? 'is not valid', zh: chinese[i]?.message ?? '格式不正确' },
      };
    }
    byField.set(field, entry);
  });
  return [...byField.entries()].map(([field, { allowed, first }]) =>
    allowed.length > 0
      ? {
          field,
          message: {
            zh: `应当是以下之一：${allowed.join('、')}`,
            en: `must be one of: ${allowed.join(', ')}`,
          },
        }
      : (first ?? { field, message: { zh: '格式不正确', en: 'is not valid' } }),
  );
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  const english = wantsEnglish(request);
  const message: Bilingual = problem.bilingual;
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({
      type: PROBLEM_BASE + problem.code,
      title: message.en,
      status: problem.status,
      code: problem.code,
      detail: english ? message.en : message.zh,
      message,
      ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
      instance: request.url,
      requestId: request.id,
    });
}

export function installProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Problem, request, reply) => {
    if (error instanceof Problem) return sendProblem(request, reply, error);
    if ('validation' in error && error.validation) {
      return sendProblem(request, reply, problems.validation(fieldErrorsFromValidation(error.validation)));
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status === 413) {
      return sendProblem(
        request,
        reply,
        new Problem(413, 'PAYLOAD_TOO_LARGE', { zh: '提交的内容过大', en: 'The request body is too large' }),
      );
    }
    if (status >= 400 && status < 500) {
      return sendProblem(
        request,
        reply,
        new Problem(status, 'BAD_REQUEST', {
          zh: '请求格式不正确',
          en: `The request could not be read: ${error.message}`,
        }),
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      request,
      reply,
      new Problem(500, 'INTERNAL_ERROR', {
        zh: '系统繁忙，请稍后再试',
        en: 'Something went wrong on our side; please try again',
      }),
    );
  });
}
