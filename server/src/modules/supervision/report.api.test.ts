import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadWorkingCalendar } from '../../platform/calendar/calendar-store.ts';
import { addCalendarDays } from '../../platform/calendar/working-days.ts';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { assertPermissions } from '../../../test/permissions.ts';
import {
  addStaff,
  departmentId,
  decideTask,
  drainJobs,
  expectStatus,
  personItem,
  publishItem,
  upload,
  XH_FIRE,
  XH_MARKET,
  type CaseBody,
  type Problem,
} from '../cases/cases.fixture.ts';
import { beijingDate } from '../workflow/deadlines.ts';
import { INDICATORS } from './indicators.ts';
import { chineseMonth, shiftMonth } from './report.ts';

const XH_CENTRE = '杭州市西湖区政务服务中心';
const artifacts = fileURLToPath(new URL('../../../../test-artifacts/supervision/', import.meta.url));

for (const engine of engines()) {
  describe(`monthly supervision report (PDF) on ${engine}`, () => {
    let app: TestApp;
    let admin: TestClient;
    let zhangsan: TestClient;
    let lisi: TestClient;
    let window: TestClient;
    let reviewer: TestClient;
    let leader: TestClient;
    let supervisor: TestClient;
    let xhSupervisor: TestClient;
    let fireLeader: TestClient;
    let market: string;
    let month = '';
    let regionName = '';
    let overdueCaseNumber = '';
    let offset = 0;

    const setClock = (at: Date) => {
      offset = at.getTime() - Date.now();
      app.tongban.platform.clock.now = () => new Date(Date.now() + offset);
    };
    const url = (query: string) => `/api/v1/supervision/reports/monthly.pdf?${query}`;

    /** The PDF as the client downloads it, and its text laid out as on the page. */
    async function report(who: TestClient, query: string, name: string) {
      const response = await app.tongban.server.inject({
        method: 'GET',
        url: url(query),
        headers: { cookie: who.cookie! },
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['content-type'], 'application/pdf');
      assert.match(String(response.headers['content-disposition']), /^attachment; filename\*=UTF-8''/);
      mkdirSync(artifacts, { recursive: true });
      const file = `${artifacts}${name}-${engine}.pdf`;
      writeFileSync(file, response.rawPayload);
      return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    }

    async function apply(who: TestClient, code: string) {
      const files = [await upload(app, who), await upload(app, who)];
      const body = expectStatus(
        await who.post<CaseBody>('/api/v1/cases', {
          serviceKind: 'item',
          code,
          submit: true,
          form: { reason: '月报测试' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [files[0]] },
            { key: 'M02', source: 'upload', fileIds: [files[1]] },
          ],
        }),
        201,
      );
      await drainJobs(app);
      return body;
    }

    async function decide(staff: TestClient, caseId: string, kind: string, body: Record<string, unknown>) {
      expectStatus(await decideTask(staff, caseId, kind, body), 200);
      await drainJobs(app);
    }

    async function rate(who: TestClient, caseId: string, level: number) {
      const card = expectStatus(
        await who.get<{ optionSet: { version: number } }>(`/api/v1/feedback/cases/${caseId}`),
        200,
      );
      expectStatus(
        await who.post(`/api/v1/feedback/cases/${caseId}/evaluations`, {
          stage: 'result',
          level,
          options: level <= 2 ? ['efficiency_bad'] : [],
          channel: 'web',
          optionSetVersion: card.optionSet.version,
        }),
        201,
      );
    }

    before(async () => {
      app = await startTestApp(engine);
      // A Monday between the 8th and the 14th, at least three weeks ahead, whose Monday to Wednesday are
      // working days: the whole fixture week lies in one month, and the Monday two weeks earlier in the one before.
      const calendar = await loadWorkingCalendar(app.tongban.platform.db);
      let monday = addCalendarDays(beijingDate(new Date()), 21);
      for (;;) {
        const weekday = new Date(`${monday}T00:00:00Z`).getUTCDay();
        monday = addCalendarDays(monday, (8 - weekday) % 7);
        const day = Number(monday.slice(8));
        if (day >= 8 && day <= 14 && calendar.workingDaysBetween(monday, addCalendarDays(monday, 2)) === 2)
          break;
        monday = addCalendarDays(monday, 1);
      }
      month = monday.slice(0, 7);
      const at10 = (date: string) => new Date(`${date}T10:00:00+08:00`);
      setClock(at10(addCalendarDays(monday, -14)));

      admin = await app.login('admin');
      zhangsan = await app.login('13800000001');
      lisi = await app.login('13800000002');
      window = await app.login('window01');
      reviewer = await app.login('reviewer01');
      leader = await app.login('leader01');
      supervisor = await app.login('supervisor01');
      xhSupervisor = await addStaff(app, 'supervisor', XH_CENTRE);
      fireLeader = await addStaff(app, 'leader', XH_FIRE);
      market = await departmentId(app, XH_MARKET);
      regionName = (await app.tongban.identity.regionsByCode()).get('330106')!.name;

      // 秒批 (statutory 20, promised 5 working days, no visit) and a manual item (5/1, two visits).
      const auto = await publishItem(
        app,
        admin,
        personItem({
          requiredVisits: 0,
          autoApproval: {
            rules: [
              { key: 'adult', description: '申请人年满18周岁', fact: 'applicant.age', op: 'gte', value: 18 },
            ],
          },
        }),
      );
      const manual = await publishItem(
        app,
        admin,
        personItem({ statutoryDays: 5, promisedDays: 1, requiredVisits: 2, visitReason: '须现场核验原件' }),
      );

      // The previous month: one 秒批 case, not rated.
      await apply(zhangsan, auto.code);

      // The month: C1, C2 秒批 (rated 5 and 1: the 1 opens a rectification, not yet fixed); C3 manual,
      // accepted and left open (due Tuesday, overdue on Wednesday); C4 manual, accepted and approved on Monday.
      setClock(at10(monday));
      const c1 = await apply(zhangsan, auto.code);
      const c2 = await apply(lisi, auto.code);
      await rate(zhangsan, c1.id, 5);
      await rate(lisi, c2.id, 1);
      const c3 = await apply(lisi, manual.code);
      await decide(window, c3.id, 'accept', { outcome: 'accept' });
      overdueCaseNumber = c3.caseNumber!;
      const c4 = await apply(zhangsan, manual.code);
      await decide(window, c4.id, 'accept', { outcome: 'accept' });
      await decide(reviewer, c4.id, 'decide', { outcome: 'approve' });
      setClock(at10(addCalendarDays(monday, 2)));
    });
    after(async () => {
      await app?.close();
    });

    test("a supervisor's report of the month: title, region, every indicator against the previous month", async () => {
      const text = await report(xhSupervisor, `month=${month}`, 'monthly-report');
      const flat = text.replace(/\s+/g, '');
      assert.ok(flat.includes(`${regionName}政务服务监管月报（${chineseMonth(month)}）`), text);
      assert.ok(flat.includes(`统计范围：${regionName}（330106）`));
      for (const d of INDICATORS) assert.ok(flat.includes(d.name.zh), `${d.name.zh} is in the report`);
      const row = (name: string, ...cells: string[]) =>
        assert.match(
          text,
          new RegExp(`${name}\\s+${cells.map((c) => c.replace(/[.+%]/g, '\\$&')).join('\\s+')}`),
          name,
        );
      // This month: C1–C4, all online; C1, C2 and C4 decided the day they were submitted, on time.
      // The previous month: one 秒批 case.
      row('办件量', '4', '1', '+3');
      row('全程网办率', '100.0%', '100.0%', '持平');
      row('即办件比例', '100.0%', '100.0%', '持平');
      row('按时办结率', '100.0%', '100.0%', '持平');
      row('当前超期件', '1', '1', '—'); // C3, counted now whatever the month
      row('平均办理工作日', '0.00 个工作日', '0.00 个工作日', '持平');
      row('件均跑动次数', '0.00 次', '0.00 次', '持平');
      row('材料减免率', '0.0%', '0.0%', '持平'); // every material uploaded
      row('好评率', '50.0%', '无数据', '—'); // 5 and 1
      row('主动评价率', '66.7%', '0.0%'); // 2 ratings, 3 decided
      row('差评整改率', '0.0%', '无数据'); // C2's rectification is open
      row('按期整改率', '无数据', '无数据');
      row('千件投诉量', '0.00', '0.00');
      // The catalogue: mean(1 − 5/20, 1 − 1/5); one of the two items needs no visit.
      row('承诺时限压缩比', '77.5%', '77.5%');
      row('最多跑一次事项比例', '50.0%', '50.0%');
      row('零跑动事项比例', '50.0%', '50.0%');
      // The ranking (department, 办件量 … 当前超期件), the alerts, 四减 and the charts' titles.
      row('1', XH_MARKET, '4', '100.0%', '100.0%', '0.00', '50.0%', '1');
      assert.ok(flat.includes('近12个月办件量、按时办结率和好评率'), 'the trend chart is drawn');
      assert.ok(flat.includes('部门办件量排名（前10名）'), 'the ranking chart is drawn');
      assert.ok(flat.includes(overdueCaseNumber), 'the overdue case is listed');
      // 四减 of the two items: statutory 20 + 5 working days against promised 5 + 1.
      assert.ok(flat.includes('单个事项（2项）2→225→64→42→2减少0.0%减少76.0%'), '四减');

      const audit = await app.tongban.platform.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'supervision.report')
        .execute();
      assert.equal(audit.length, 1);
      assert.match(String(audit[0]!.detail), new RegExp(`"month":"${month}".*"regionCode":"330106"`));
    });

    test("a department leader's report ranks the department's items; a month without cases still renders", async () => {
      const own = await report(leader, `month=${month}&departmentId=${market}`, 'monthly-report-department');
      const flat = own.replace(/\s+/g, '');
      assert.ok(flat.includes(`${XH_MARKET}政务服务监管月报（${chineseMonth(month)}）`));
      assert.ok(flat.includes('事项办件量排名'));

      const empty = shiftMonth(month, -3);
      const text = await report(xhSupervisor, `month=${empty}&regionCode=330106`, 'monthly-report-empty');
      assert.ok(text.replace(/\s+/g, '').includes(`政务服务监管月报（${chineseMonth(empty)}）`));
      assert.match(text, /办件量\s+0\s+0\s+持平/);
      assert.match(text, /按时办结率\s+无数据\s+无数据\s+—/);
      assert.match(text, /好评率\s+无数据/);
    });

    test('who may print the report of which scope', async () => {
      await assertPermissions({
        action: 'print the 西湖区 monthly report',
        attempt: (c) => c.get(url(`month=${month}&regionCode=330106`)),
        may: [
          ['the province supervisor', supervisor],
          ['the 西湖区 supervisor', xhSupervisor],
        ],
        mayNot: [
          ['a citizen', zhangsan],
          ['a department handler', reviewer],
          ['a department leader, for the whole region', leader],
          ['anonymous', app.client()],
        ],
      });
      await assertPermissions({
        action: "print 西湖区市场监管局's monthly report",
        attempt: (c) => c.get(url(`month=${month}&departmentId=${market}`)),
        may: [['the admin', admin]],
        mayNot: [
          ["another department's leader", fireLeader],
          ['the window clerk', window],
        ],
      });
      assert.equal((await xhSupervisor.get(url(`month=${month}&regionCode=330100`))).status, 403);
    });

    test('a bad month is refused naming the field in Chinese and English', async () => {
      for (const bad of ['2026-13', 'abc', shiftMonth(month, 12)]) {
        const response = await xhSupervisor.get<Problem>(url(`month=${bad}`));
        assert.equal(response.status, 400, bad);
        const error = response.body.errors?.find((e) => e.field === 'month');
        assert.ok(error, `${bad}: ${response.raw}`);
        assert.match(error.message.zh, /月份/);
        assert.match(error.message.en, /month/);
      }
      const missing = await xhSupervisor.get<Problem>('/api/v1/supervision/reports/monthly.pdf');
      assert.equal(missing.status, 400);
      assert.ok(missing.body.errors?.some((e) => e.field === 'month'));
    });
  });
}
