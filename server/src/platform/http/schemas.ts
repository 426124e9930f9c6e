import { Type } from 'typebox';

// Shapes shared by every module's routes.

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
