import { Type } from 'typebox';
import { PageQuery } from '../../platform/http/schemas.ts';

// HTTP shapes of the notify module (validated by Fastify and published in the OpenAPI document).

const Lang = Type.Union([Type.Literal('zh'), Type.Literal('en')], {
  default: 'zh',
  description: '消息语言 Language of the message text',
});

/** `zh` unless asked otherwise. */
export const LangQuery = Type.Object({ lang: Type.Optional(Lang) });

export const InboxQuery = Type.Intersect([PageQuery, LangQuery]);

export const IdParam = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const Message = Type.Object({
  id: Type.String(),
  template: Type.String(),
  title: Type.String(),
  body: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  caseId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  readAt: Type.Union([Type.String(), Type.Null()]),
});

export const Inbox = Type.Object({
  items: Type.Array(Message),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const UnreadCount = Type.Object({ count: Type.Integer() });

export const MarkedAll = Type.Object({ marked: Type.Integer() });
