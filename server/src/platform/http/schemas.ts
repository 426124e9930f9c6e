import { Type } from 'typebox';
import type { Bilingual } from '../errors.ts';

// Shapes shared by every module's routes.

/** At least one character that is not white space: a subject or a note of spaces only says nothing. */
export const NOT_BLANK = '\\S';

/** What a value that misses one of the shared patterns is told (ajv would quote the expression). */
export const PATTERN_MESSAGES: Record<string, Bilingual> = {
  [NOT_BLANK]: { zh: '请填写内容，不能只有空格', en: 'must not be blank' },
};

export const PageQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
});

export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  code: Type.String(),
  detail: Type.String(),
  message: Type.Object({ zh: Type.String(), en: Type.String() }),
  errors: Type.Optional(
    Type.Array(
      Type.Object({ field: Type.String(), message: Type.Object({ zh: Type.String(), en: Type.String() }) }),
    ),
  ),
  instance: Type.Optional(Type.String()),
  requestId: Type.String(),
});

export const problemResponses = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
};
