import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
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
} from '../cases/cases.fixture.ts';
import { beijingDate } from '../workflow/deadlines.ts';

const XH_CENTRE = '杭州市西湖区政务服务中心';
const DAY = 86_400_000;

interface Indicator {
  key: string;
  value: number | null;
  name: { zh: string; en: string };
  definition: { zh: string; en: string };
}
interface Indicators {
  scope: { regionCode: string | null; departmentId: string | null; from: string; to: string };
  indicators: Indicator[];
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface Rect {
  id: string;
  version: number;
  caseId: string;
}

for (const engine of engines()) {
  describe(`supervision indicators, drill-down, export and disclosure on ${engine}`, () => {
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
    let t0 = '';
    let offset = 0;
    const items: Record<string, { code: string }> = {};
    const caseIds: Record<string, string> = {};

    const moveClock = (ms: number) => {
      offset += ms;
      app.tongban.platform.clock.now = () => new Date(Date.now() + offset);
    };
    const today = () => beijingDate(app.tongban.platform.clock.now());
    const period = () => `from=${t0}&to=${today()}`;

    async function apply(who: TestClient, code: string, extra: Record<string, unknown> = {}) {
      const files = [await upload(app, who), await upload(app, who)];
      const body = expectStatus(
        await who.post<CaseBody>('/api/v1/cases', {
          serviceKind: 'item',
          code,
          submit: true,
          form: { reason: '监督测试' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [files[0]] },
            { key: 'M02', source: 'upload', fileIds: [files[1]] },
          ],
          ...extra,
        }),
        201,
      );
      await drainJobs(app);
      return body;
    }

    const decide = async (staff: TestClient, caseId: string, kind: string, body: Record<string, unknown>) =>
      expectStatus(await decideTask(staff, caseId, kind, body), 200);

    async function handle(caseId: string) {
      await decide(window, caseId, 'accept', { outcome: 'accept' });
      await decide(reviewer, caseId, 'decide', { outcome: 'approve' });
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

    async function values(who: TestClient, query: string) {
      const body = expectStatus(await who.get<Indicators>(`/api/v1/supervision/indicators?${query}`), 200);
      return Object.fromEntries(body.indicators.map((i) => [i.key, i.value]));
    }

    before(async () => {
      app = await startTestApp(engine);
      // Start on a Monday 10:00 Beijing time a few weeks ahead, so the week of the fixture has no weekend.
      const now = new Date();
      const monday = new Date(now.getTime() + 21 * DAY);
      monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
      monday.setUTCHours(2, 0, 0, 0);
      offset = monday.getTime() - now.getTime();
      app.tongban.platform.clock.now = () => new Date(Date.now() + offset);
      t0 = today();

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

      // Three items of 西湖区市场监管局: statutory/promised 20/5 (秒批), 10/2 (告知承诺), 5/1 (manual).
      items.auto = await publishItem(
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
      items.commit = await publishItem(
        app,
        admin,
        personItem({
          statutoryDays: 10,
          promisedDays: 2,
          requiredVisits: 1,
          visitReason: '须现场核验原件',
          commitment: {
            text: '本人承诺所提交的照片真实有效，如有虚假愿承担相应法律责任。',
            materialKeys: ['M02'],
            verification: { withinDays: 10, method: 'document_review' },
          },
        }),
      );
      items.manual = await publishItem(
        app,
        admin,
        personItem({ statutoryDays: 5, promisedDays: 1, requiredVisits: 2, visitReason: '须现场核验原件' }),
      );

      // C1, C2, C3: 秒批 online, decided at once; rated 5, 4 and 1 (the 1 opens a rectification).
      caseIds.c1 = (await apply(zhangsan, items.auto!.code)).id;
      caseIds.c2 = (await apply(zhangsan, items.auto!.code)).id;
      caseIds.c3 = (await apply(lisi, items.auto!.code)).id;
      await rate(zhangsan, caseIds.c1, 5);
      await rate(zhangsan, caseIds.c2, 4);
      await rate(lisi, caseIds.c3, 1);
      // C4: 告知承诺 for M02, approved at once, never rated (a default rating later).
      const files = [await upload(app, zhangsan)];
      const c4 = expectStatus(
        await zhangsan.post<CaseBody>('/api/v1/cases', {
          serviceKind: 'item',
          code: items.commit!.code,
          submit: true,
          commitment: true,
          form: { reason: '承诺办理' },
          materials: [{ key: 'M01', source: 'upload', fileIds: [files[0]] }],
        }),
        201,
      );
      assert.equal(c4.status, 'approved');
      caseIds.c4 = c4.id;
      // C5: at the window (one trip; M01 handed in, M02 waived), handled the same day.
      const scan = await upload(app, window);
      const c5 = expectStatus(
        await window.request<CaseBody>(
          'POST',
          '/api/v1/window/cases',
          {
            person: { name: '王奶奶', idNumber: '33010619450101002X' },
            itemCode: items.manual!.code,
            form: { name: '王奶奶', idNumber: '33010619450101002X', reason: '窗口代办' },
            materials: [
              { key: 'M01', source: 'upload', fileIds: [scan] },
              { key: 'M02', source: 'waived', note: '老年人现场拍照采集' },
            ],
          },
          { 'idempotency-key': 'supervision-window-1' },
        ),
        201,
      );
      caseIds.c5 = c5.id;
      await handle(c5.id);
      // C6 and C7: online, manual; C6 decided on Wednesday (past its 1-day promise), C7 left open.
      // Both accepted on Monday: the promised clock (1 working day) runs from acceptance.
      caseIds.c6 = (await apply(zhangsan, items.manual!.code)).id;
      caseIds.c7 = (await apply(lisi, items.manual!.code)).id;
      await decide(window, caseIds.c6, 'accept', { outcome: 'accept' });
      await decide(window, caseIds.c7, 'accept', { outcome: 'accept' });
      expectStatus(
        await zhangsan.post('/api/v1/feedback/inquiries', {
          kind: 'complaint',
          itemCode: items.manual!.code,
          subject: '办理太慢',
          content: '承诺一天，两天还没办完',
        }),
        201,
      );

      // The rectification of C3: valid, called back, fixed at once (on time).
      let rect = expectStatus(
        await reviewer.get<Page<Rect>>('/api/v1/feedback/rectifications?limit=100'),
        200,
      ).items.find((r) => r.caseId === caseIds.c3)!;
      const step = async (path: string, body: Record<string, unknown>) => {
        rect = expectStatus(
          await reviewer.post<Rect>(`/api/v1/feedback/rectifications/${rect.id}/${path}`, {
            version: rect.version,
            ...body,
          }),
          200,
        );
      };
      await step('verify', { verdict: 'valid', note: '情况属实' });
      await step('callback', { calledAt: app.tongban.platform.clock.now().toISOString(), note: '已回访' });
      await step('fix', { mode: 'immediate', note: '当场更正' });

      moveClock(2 * DAY); // Wednesday
      await decide(reviewer, caseIds.c6, 'decide', { outcome: 'approve' });
      await drainJobs(app);
      moveClock(6 * DAY); // 8 days after C4's decision: its default rating is due
      await app.tongban.feedback.recordDefaultRatings();
      await drainJobs(app);
    });
    after(async () => {
      await app?.close();
    });

    test('every indicator of the department equals the hand-computed value', async () => {
      const v = await values(admin, `departmentId=${market}&${period()}`);
      const calendar = await loadWorkingCalendar(app.tongban.platform.db);
      const wednesday = calendar.workingDaysBetween(t0, beijingDate(new Date(Date.now() + offset - 6 * DAY)));
      assert.equal(v.casesHandled, 7);
      assert.equal(v.onlineRate, 0.8571); // 6 of 7 online, C5 at the window
      assert.equal(v.instantShare, 0.8333); // C1–C5 decided the day they were submitted, of 6 decided
      // mean(1 − 5/20, 1 − 2/10, 1 − 1/5) = (0.75 + 0.8 + 0.8) / 3
      assert.equal(v.compression, 0.7833);
      assert.equal(v.itemsAtMostOneVisit, 0.6667);
      assert.equal(v.itemsZeroVisits, 0.3333);
      assert.equal(v.averageTrips, 0.14); // the window visit, 1 / 7
      // Required rows: 2 per case = 14; C4's commitment and C5's waiver = 2.
      assert.equal(v.materialsReduction, 0.1429);
      assert.equal(v.onTimeRate, 0.8333); // C6 decided after its 1-day promise
      assert.equal(v.overdueNow, 1); // C7
      assert.equal(v.averageWorkingDays, Math.round((wednesday / 6) * 100) / 100);
      assert.equal(wednesday, 2, 'Monday → Wednesday is 2 working days');
      assert.equal(v.goodRate, 0.6667); // 5 and 4 of three people's ratings; the default is apart
      assert.equal(v.defaultRatings, 2); // C4 and C5 unrated for 7 days; C6 not yet due
      assert.equal(v.activeRatingRate, 0.5); // 3 ratings / 6 decided
      assert.equal(v.rectificationRate, 1);
      assert.equal(v.onTimeRectificationRate, 1);
      assert.equal(v.complaintsPer1000, 142.86); // 1 / 7 × 1000

      // One item of the scope: the manual item alone.
      const manual = await values(admin, `itemCode=${items.manual!.code}&${period()}`);
      assert.equal(manual.casesHandled, 3);
      assert.equal(manual.onlineRate, 0.6667);
      assert.equal(manual.onTimeRate, 0.5);
      assert.equal(manual.compression, 0.8);
      assert.equal(manual.complaintsPer1000, 333.33);

      // 四减 of the manual item: the catalogue's figures with its real cases next to them.
      const burden = expectStatus(
        await admin.get<{
          items: Array<{
            code: string;
            observed: { cases: number; days: number | null; materials: number | null; trips: number | null };
          }>;
        }>(`/api/v1/supervision/burden?departmentId=${market}&${period()}`),
        200,
      );
      const observed = burden.items.find((i) => i.code === items.manual!.code)!.observed;
      // 3 cases × 2 required materials, C5's waiver not uploaded: 5 / 3; the one window visit: 1 / 3.
      assert.deepEqual(observed, {
        cases: 3,
        days: manual.averageWorkingDays,
        materials: 1.67,
        trips: 0.33,
      });

      // A period before the fixture holds no cases.
      const before = await values(admin, `departmentId=${market}&from=2020-01-01&to=2020-12-31`);
      assert.equal(before.casesHandled, 0);
      assert.equal(before.onlineRate, null);
    });

    test('each indicator carries its definition in Chinese and English', async () => {
      const body = expectStatus(
        await admin.get<Indicators>(`/api/v1/supervision/indicators?departmentId=${market}&${period()}`),
        200,
      );
      const good = body.indicators.find((i) => i.key === 'goodRate')!;
      assert.equal(good.name.zh, '好评率');
      assert.match(good.definition.zh, /不含默认评价/);
      assert.match(good.definition.en, /default ratings excluded/);
    });

    test('rankings, drill-down, trend and the case list agree with the indicators', async () => {
      const ranking = expectStatus(
        await xhSupervisor.get<{ rows: Array<{ key: string; name: string; value: number; rank: number }> }>(
          `/api/v1/supervision/rankings?by=department&indicator=casesHandled&${period()}`,
        ),
        200,
      );
      assert.deepEqual(ranking.rows[0], {
        key: market,
        name: XH_MARKET,
        value: 7,
        rank: 1,
      });
      const byItem = expectStatus(
        await leader.get<{ rows: Array<{ key: string; values: Record<string, number | null> }> }>(
          `/api/v1/supervision/breakdown?by=item&departmentId=${market}&${period()}`,
        ),
        200,
      );
      assert.deepEqual(Object.fromEntries(byItem.rows.map((r) => [r.key, r.values.casesHandled])), {
        [items.auto!.code]: 3,
        [items.commit!.code]: 1,
        [items.manual!.code]: 3,
      });
      const trend = expectStatus(
        await admin.get<{ points: Array<{ bucket: string; value: number | null }> }>(
          `/api/v1/supervision/trend?indicator=casesHandled&granularity=week&departmentId=${market}&${period()}`,
        ),
        200,
      );
      // The second week holds only the default ratings of C4 and C5: no cases submitted in it.
      assert.deepEqual(trend.points, [
        { bucket: t0, value: 7 },
        { bucket: addCalendarDays(t0, 7), value: 0 },
      ]);
      assert.equal(
        (await admin.get(`/api/v1/supervision/trend?indicator=overdueNow&${period()}`)).status,
        400,
      );

      const first = expectStatus(
        await admin.get<Page<{ applicantName: string; caseNumber: string; onTime: boolean | null }>>(
          `/api/v1/supervision/cases?itemCode=${items.manual!.code}&${period()}&limit=2`,
        ),
        200,
      );
      assert.equal(first.items.length, 2);
      assert.ok(first.nextCursor);
      const second = expectStatus(
        await admin.get<Page<{ applicantName: string; onTime: boolean | null }>>(
          `/api/v1/supervision/cases?itemCode=${items.manual!.code}&${period()}&limit=2&cursor=${first.nextCursor}`,
        ),
        200,
      );
      const all = [...first.items, ...second.items];
      assert.equal(all.length, 3);
      assert.equal(second.nextCursor, null);
      assert.deepEqual(all.map((c) => c.applicantName).sort(), ['张＊', '李＊', '王＊＊'].sort());
      assert.deepEqual(all.map((c) => c.onTime).sort(), [false, null, true].sort());
    });

    test('red alerts list open tasks past due', async () => {
      const red = expectStatus(
        await xhSupervisor.get<Page<{ caseId: string; level: string }>>(
          '/api/v1/supervision/alerts?level=overdue&limit=50',
        ),
        200,
      );
      assert.ok(red.items.some((a) => a.caseId === caseIds.c7 && a.level === 'overdue'));
      const yellow = expectStatus(
        await xhSupervisor.get<Page<{ caseId: string }>>('/api/v1/supervision/alerts?level=warning&limit=50'),
        200,
      );
      assert.ok(!yellow.items.some((a) => a.caseId === caseIds.c7), 'a red task is not also yellow');
    });

    test('who may see which scope', async () => {
      await assertPermissions({
        action: 'indicators of 西湖区',
        attempt: (c) => c.get(`/api/v1/supervision/indicators?regionCode=330106&${period()}`),
        may: [
          ['the admin', admin],
          ['the province supervisor', supervisor],
          ['the 西湖区 supervisor', xhSupervisor],
        ],
        mayNot: [
          ['a citizen', zhangsan],
          ['a reviewer', reviewer],
          ['a department leader for the whole region', leader],
          ['anonymous', app.client()],
        ],
      });
      await assertPermissions({
        action: 'indicators of 西湖区市场监管局',
        attempt: (c) => c.get(`/api/v1/supervision/indicators?departmentId=${market}&${period()}`),
        may: [
          ['its leader', leader],
          ['the 西湖区 supervisor', xhSupervisor],
        ],
        mayNot: [
          ["another department's leader", fireLeader],
          ['a citizen', lisi],
        ],
      });
      // A county supervisor cannot look at the city; a city scope is out of a county's reach.
      assert.equal((await xhSupervisor.get(`/api/v1/supervision/indicators?regionCode=330100`)).status, 403);
      assert.equal((await xhSupervisor.get(`/api/v1/supervision/export.xlsx?regionCode=330000`)).status, 403);
      // With no scope given, a leader gets their own department and a supervisor their region.
      const own = expectStatus(
        await leader.get<Indicators>(`/api/v1/supervision/indicators?${period()}`),
        200,
      );
      assert.equal(own.scope.departmentId, market);
      const mine = expectStatus(
        await xhSupervisor.get<Indicators>(`/api/v1/supervision/indicators?${period()}`),
        200,
      );
      assert.equal(mine.scope.regionCode, '330106');
    });

    test('the Excel export opens and holds the numbers, with the definitions', async () => {
      const response = await app.tongban.server.inject({
        method: 'GET',
        url: `/api/v1/supervision/export.xlsx?departmentId=${market}&${period()}`,
        headers: { cookie: leader.cookie! },
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers['content-disposition']), /attachment; filename\*=UTF-8''/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      assert.deepEqual(
        book.worksheets.map((s) => s.name),
        ['指标汇总', '按区域', '按部门', '按事项', '指标定义'],
      );
      const summary = book.getWorksheet('指标汇总')!;
      const rows = new Map<string, unknown>();
      summary.eachRow((row, n) => {
        if (n > 1) rows.set(String(row.getCell(1).value), row.getCell(2).value);
      });
      assert.equal(rows.get('办件量'), 7);
      assert.equal(rows.get('全程网办率'), 0.8571);
      assert.equal(rows.get('当前超期件'), 1);
      const departments = book.getWorksheet('按部门')!;
      assert.equal(departments.getRow(1).getCell(2).value, '部门');
      assert.equal(departments.getRow(2).getCell(2).value, XH_MARKET);
      const defs = book.getWorksheet('指标定义')!;
      assert.equal(defs.getRow(1).getCell(2).value, '定义');
      assert.match(String(defs.getRow(13).getCell(2).value), /默认评价/);
    });

    test('the public disclosure needs no login, has no personal data and withholds small cells', async () => {
      const anonymous = app.client();
      const response = await anonymous.get<{
        minimumRatings: number;
        departments: Array<{
          departmentName: string;
          ratings: number;
          suppressed: boolean;
          goodRate: number | null;
          levels: number[] | null;
          rectificationsOpened: number | null;
          casesHandled: number;
          onTimeRate: number | null;
          materialsReduction: number | null;
        }>;
        bundles: unknown[];
      }>(`/api/v1/supervision/disclosure?regionCode=330106&${period()}`);
      const body = expectStatus(response, 200);
      assert.equal(body.minimumRatings, 5);
      const row = body.departments.find((d) => d.departmentName === XH_MARKET)!;
      // Three people's ratings is under the minimum of 5: no rates or distribution.
      assert.equal(row.ratings, 3);
      assert.equal(row.suppressed, true);
      assert.equal(row.goodRate, null);
      assert.equal(row.levels, null);
      assert.equal(row.rectificationsOpened, null);
      assert.equal(row.casesHandled, 7);
      assert.equal(row.onTimeRate, 0.8333);
      for (const name of ['张三', '李四', '王奶奶', '13800000001', '33010619450101002X', '张＊'])
        assert.ok(!response.raw.includes(name), `no ${name} in the public disclosure`);
    });

    test('closed days read from the daily roll-up give the same figures, and a later change shows at once', async () => {
      const db = app.tongban.platform.db;
      const scope = `departmentId=${market}&${period()}`;
      const read = async () => ({
        department: await values(admin, scope),
        byItem: expectStatus(await admin.get(`/api/v1/supervision/breakdown?by=item&${scope}`), 200),
        byWeek: expectStatus(
          await admin.get(`/api/v1/supervision/trend?indicator=onTimeRate&granularity=week&${scope}`),
          200,
        ),
      });
      const raw = await read();
      await db.deleteFrom('rollup_days').execute(); // whatever the recurring job did: all from the raw rows
      const unrolled = await read();
      assert.deepEqual(unrolled, raw);

      let rolled = 0;
      for (let n; (n = await app.tongban.supervision.rollIndicatorDays()) > 0;) rolled += n;
      assert.ok(rolled >= 8, `the fixture's Monday to yesterday are rolled (${rolled} days)`);
      const days = await db.selectFrom('rollup_days').select('day').where('day', '>=', t0).execute();
      assert.ok(
        days.some((d) => d.day === t0) && !days.some((d) => d.day === today()),
        'today is never rolled',
      );
      const cells = await db.selectFrom('indicator_cells').selectAll().where('day', '=', t0).execute();
      assert.equal(
        cells.filter((c) => c.department_id === market).reduce((n, c) => n + c.submitted, 0),
        7,
      );
      assert.deepEqual(await read(), raw);

      // C7, submitted on the (rolled) Monday, gets a trip today: its Monday is marked stale and read raw.
      expectStatus(await window.post(`/api/v1/cases/${caseIds.c7}/visits`, { kind: 'supplement' }), 200);
      const marks = await db.selectFrom('rollup_stale_days').select('day').execute();
      assert.deepEqual(
        marks.map((m) => m.day),
        [t0],
      );
      const after = await values(admin, scope);
      assert.equal(after.averageTrips, 0.29); // 2 trips / 7 cases
      assert.deepEqual({ ...after, averageTrips: raw.department.averageTrips }, raw.department);

      // Rolled again: the mark is gone and the roll-up holds the trip.
      assert.equal(await app.tongban.supervision.rollIndicatorDays(), 1);
      assert.equal((await db.selectFrom('rollup_stale_days').selectAll().execute()).length, 0);
      assert.deepEqual(await values(admin, scope), after);
    });

    test('red alerts come most overdue first, page by page, without gaps or repeats', async () => {
      await apply(zhangsan, items.manual!.code);
      await apply(lisi, items.manual!.code);
      moveClock(14 * DAY); // their acceptance is now long past due too, later than C7's decision
      type Alert = { taskId: string; caseId: string; dueDate: string };
      const all = expectStatus(
        await xhSupervisor.get<Page<Alert>>('/api/v1/supervision/alerts?level=overdue&limit=50'),
        200,
      ).items;
      assert.ok(all.length >= 3, `${all.length} red alerts`);
      assert.equal(all[0]!.caseId, caseIds.c7, 'C7, due the longest ago, comes first');
      const order = all.map((a) => `${a.dueDate}.${a.taskId}`);
      assert.deepEqual(order, [...order].sort());
      const paged: Alert[] = [];
      let cursor = '';
      do {
        const page = expectStatus(
          await xhSupervisor.get<Page<Alert>>(`/api/v1/supervision/alerts?level=overdue&limit=1${cursor}`),
          200,
        );
        paged.push(...page.items);
        cursor = page.nextCursor ? `&cursor=${encodeURIComponent(page.nextCursor)}` : '';
      } while (cursor);
      assert.deepEqual(
        paged.map((a) => a.taskId),
        all.map((a) => a.taskId),
      );
      const bad = await xhSupervisor.get<{ errors: Array<{ field: string }> }>(
        '/api/v1/supervision/alerts?level=overdue&cursor=not-a-cursor',
      );
      assert.equal(bad.status, 400);
      assert.deepEqual(
        bad.body.errors.map((e) => e.field),
        ['cursor'],
      );
    });
  });
}
