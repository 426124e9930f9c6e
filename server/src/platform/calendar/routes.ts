import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Platform } from '../context.ts';
import { inTransaction } from '../db/database.ts';
import { authorize } from '../auth/policy.ts';
import { platformPolicy } from '../auth/platform-policy.ts';
import { problems } from '../errors.ts';
import { actorOf, auditContextOf } from '../http/request-context.ts';
import { problemResponses } from '../http/schemas.ts';
import type { HttpModule } from '../http/server.ts';
import {
  calendarDaysOfYear,
  clearCalendarDay,
  importOfficialCalendar,
  loadWorkingCalendar,
  setCalendarDay,
} from './calendar-store.ts';

const Day = Type.Object({
  date: Type.String({ format: 'date' }),
  kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]),
  name: Type.String(),
});
const DateParam = Type.Object({ date: Type.String({ format: 'date' }) });

export function calendarRoutes(platform: Platform): HttpModule {
  const { db } = platform;
  return {
    name: 'calendar',
    routes(app: FastifyInstance) {
      const tags = ['calendar'];
      app.get(
        '/calendar/:year',
        {
          schema: {
            tags,
            summary: '工作日历 Holidays and make-up working days of a year',
            params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
            response: { 200: Type.Object({ year: Type.Integer(), days: Type.Array(Day) }) },
          },
        },
        async (request) => {
          const { year } = request.params as { year: number };
          return { year, days: await calendarDaysOfYear(db, year) };
        },
      );

      app.get(
        '/calendar/working-days',
        {
          schema: {
            tags,
            summary: '工作日计算 Add working days to a date',
            querystring: Type.Object({
              from: Type.String({ format: 'date' }),
              add: Type.Integer({ minimum: 0, maximum: 3650 }),
            }),
            response: { 200: Type.Object({ from: Type.String(), add: Type.Integer(), date: Type.String() }) },
          },
        },
        async (request) => {
          const { from, add } = request.query as { from: string; add: number };
          return { from, add, date: (await loadWorkingCalendar(db)).addWorkingDays(from, add) };
        },
      );

      app.put(
        '/calendar/days/:date',
        {
          schema: {
            tags,
            summary: '设置节假日或调休工作日 Set a holiday or make-up working day',
            params: DateParam,
            body: Type.Object(
              {
                kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]),
                name: Type.String({ minLength: 1, maxLength: 40 }),
              },
              { additionalProperties: false },
            ),
            response: { 200: Day, ...problemResponses },
          },
        },
        async (request) => {
          authorize(platformPolicy, 'manageCalendar', actorOf(request), null);
          const { date } = request.params as { date: string };
          const body = request.body as { kind: 'holiday' | 'workday'; name: string };
          await inTransaction(db, (tx) => setCalendarDay(tx, auditContextOf(request), { date, ...body }));
          return { date, ...body };
        },
      );

      app.delete(
        '/calendar/days/:date',
        {
          schema: {
            tags,
            summary: '删除日历条目 Remove a calendar entry',
            params: DateParam,
            response: { 204: Type.Null(), ...problemResponses },
          },
        },
        async (request, reply) => {
          authorize(platformPolicy, 'manageCalendar', actorOf(request), null);
          const { date } = request.params as { date: string };
          const removed = await inTransaction(db, (tx) =>
            clearCalendarDay(tx, auditContextOf(request), date),
          );
          if (!removed)
            throw problems.notFound({ zh: '该日期的日历条目', en: 'Calendar entry for this date' });
          return reply.code(204).send();
        },
      );

      app.post(
        '/calendar/import-official',
        {
          schema: {
            tags,
            summary: '导入官方节假日安排 Import the official calendar',
            response: { 200: Type.Object({ changed: Type.Integer() }), ...problemResponses },
          },
        },
        async (request) => {
          authorize(platformPolicy, 'manageCalendar', actorOf(request), null);
          return {
            changed: await inTransaction(db, (tx) => importOfficialCalendar(tx, auditContextOf(request))),
          };
        },
      );
    },
  };
}
