import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { actorOf } from '../../platform/http/request-context.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { HttpModule } from '../../platform/http/server.ts';
import * as schema from './schema.ts';
import type { NotifyService } from './service.ts';

export function notifyRoutes(notify: NotifyService): HttpModule {
  return {
    name: 'notify',
    routes(app: FastifyInstance) {
      const tags = ['notify'];

      app.get(
        '/me/messages',
        {
          schema: {
            tags,
            summary: '站内消息 Inbox: my messages, newest first',
            querystring: schema.InboxQuery,
            response: { 200: schema.Inbox, ...problemResponses },
          },
        },
        async (request) => {
          const query = request.query as Static<typeof schema.InboxQuery>;
          return notify.inbox(actorOf(request), { ...query, lang: query.lang ?? 'zh' });
        },
      );

      app.get(
        '/me/messages/unread-count',
        {
          schema: {
            tags,
            summary: '站内消息未读数 Inbox: number of unread messages',
            response: { 200: schema.UnreadCount, ...problemResponses },
          },
        },
        async (request) => ({ count: await notify.unreadCount(actorOf(request)) }),
      );

      app.get(
        '/me/messages/:id',
        {
          schema: {
            tags,
            summary: '查看站内消息 Inbox: read one message',
            params: schema.IdParam,
            querystring: schema.LangQuery,
            response: { 200: schema.Message, ...problemResponses },
          },
        },
        async (request) => {
          const { id } = request.params as Static<typeof schema.IdParam>;
          const { lang } = request.query as Static<typeof schema.LangQuery>;
          return notify.readMessage(actorOf(request), id, lang ?? 'zh');
        },
      );

      app.post(
        '/me/messages/:id/read',
        {
          schema: {
            tags,
            summary: '标记为已读 Inbox: mark a message read',
            params: schema.IdParam,
            querystring: schema.LangQuery,
            response: { 200: schema.Message, ...problemResponses },
          },
        },
        async (request) => {
          const { id } = request.params as Static<typeof schema.IdParam>;
          const { lang } = request.query as Static<typeof schema.LangQuery>;
          return notify.markRead(actorOf(request), id, lang ?? 'zh');
        },
      );

      app.post(
        '/me/messages/read-all',
        {
          schema: {
            tags,
            summary: '全部标记为已读 Inbox: mark all messages read',
            response: { 200: schema.MarkedAll, ...problemResponses },
          },
        },
        async (request) => ({ marked: await notify.markAllRead(actorOf(request)) }),
      );
    },
  };
}
