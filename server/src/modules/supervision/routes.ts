import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static, type TSchema } from 'typebox';
import { actorOf, auditContextOf } from '../../platform/http/request-context.ts';
import { PageQuery, problemResponses } from '../../platform/http/schemas.ts';
import type { HttpModule } from '../../platform/http/server.ts';
import type { IndicatorKey } from './indicators.ts';
import type { MonthlyReports } from './report.ts';
import * as schema from './schema.ts';
import type { GroupBy, SupervisionService } from './service.ts';

type Q = Static<typeof schema.ScopeQuery>;

/** 效能监督: indicators computed from the data, rankings, trends, drill-down, alerts, exports, disclosure. */
export function supervisionRoutes(supervision: SupervisionService, reports: MonthlyReports): HttpModule {
  return {
    name: 'supervision',
    routes(app: FastifyInstance) {
      const tags = ['supervision'];
      const route = (
        url: string,
        summary: string,
        querystring: TSchema,
        response: TSchema,
        handler: (request: FastifyRequest) => Promise<unknown>,
      ) =>
        app.get(
          url,
          { schema: { tags, summary, querystring, response: { 200: response, ...problemResponses } } },
          async (request) => handler(request),
        );
      const query = <T>(request: FastifyRequest) => request.query as T;

      route(
        '/supervision/indicators',
        '指标 Indicators of a region, department, item and period',
        schema.ScopeQuery,
        schema.Indicators,
        (r) => supervision.indicators(actorOf(r), query<Q>(r)),
      );
      route(
        '/supervision/breakdown',
        '下钻 Indicators per region, department or item of the scope',
        Type.Object({ ...schema.ScopeQuery.properties, by: schema.GroupBy }),
        schema.Breakdown,
        (r) => {
          const q = query<Q & { by: GroupBy }>(r);
          return supervision.breakdown(actorOf(r), q, q.by);
        },
      );
      route(
        '/supervision/rankings',
        '排名 Departments or regions ranked by one indicator, best first',
        Type.Object({ ...schema.ScopeQuery.properties, by: schema.GroupBy, indicator: schema.IndicatorKey }),
        schema.Rankings,
        (r) => {
          const q = query<Q & { by: GroupBy; indicator: IndicatorKey }>(r);
          return supervision.rankings(actorOf(r), q, q.by, q.indicator);
        },
      );
      route(
        '/supervision/trend',
        '趋势 One indicator per month or week',
        Type.Object({
          ...schema.ScopeQuery.properties,
          indicator: schema.IndicatorKey,
          granularity: Type.Enum(['month', 'week'], { default: 'month' }),
        }),
        schema.Trend,
        (r) => {
          const q = query<Q & { indicator: IndicatorKey; granularity: 'month' | 'week' }>(r);
          return supervision.trend(actorOf(r), q, q.indicator, q.granularity);
        },
      );
      route(
        '/supervision/cases',
        '办件清单 Cases of the scope (masked applicant names), newest first',
        Type.Object({ ...schema.ScopeQuery.properties, ...PageQuery.properties }),
        schema.CaseList,
        (r) => supervision.caseList(actorOf(r), query<Q & { cursor?: string; limit: number }>(r)),
      );
      route(
        '/supervision/alerts',
        '预警 Open tasks past due (red) or near due (yellow)',
        Type.Object({
          ...schema.ScopeQuery.properties,
          ...PageQuery.properties,
          level: Type.Enum(['overdue', 'warning']),
        }),
        schema.Alerts,
        (r) =>
          supervision.alerts(
            actorOf(r),
            query<Q & { level: 'overdue' | 'warning'; cursor?: string; limit: number }>(r),
          ),
      );
      route(
        '/supervision/burden',
        '四减 Steps, time, materials and trips: item by item versus Tongban',
        schema.ScopeQuery,
        schema.Burden,
        (r) => supervision.burden(actorOf(r), query<Q>(r)),
      );
      route(
        '/supervision/disclosure',
        '公开 Ratings, rectifications, on-time rates and 四减 per department (aggregates only, no login)',
        schema.DisclosureQuery,
        schema.Disclosure,
        (r) => supervision.disclosure(query<Static<typeof schema.DisclosureQuery>>(r)),
      );

      app.get(
        '/supervision/export.xlsx',
        {
          schema: {
            tags,
            summary: '导出 The indicator tables as an Excel workbook',
            querystring: schema.ScopeQuery,
          },
        },
        async (request, reply) => {
          const { fileName, data } = await supervision.exportWorkbook(actorOf(request), query<Q>(request));
          return reply
            .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
            .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
            .send(data);
        },
      );

      app.get(
        '/supervision/reports/monthly.pdf',
        {
          schema: {
            tags,
            summary:
              '月报 The monthly supervision report of a region or department as PDF (charts as images)',
            querystring: schema.MonthlyReportQuery,
          },
        },
        async (request, reply) => {
          const q = query<Static<typeof schema.MonthlyReportQuery>>(request);
          const { fileName, data } = await reports.monthly(actorOf(request), auditContextOf(request), q);
          return reply
            .type('application/pdf')
            .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
            .send(data);
        },
      );
    },
  };
}
