import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import {
  addStaff,
  drainJobs,
  expectStatus,
  decideTask,
  openTask,
  personItem,
  publishItem,
  upload,
  XH_HEALTH,
  type CaseBody,
  type Problem,
} from './cases.fixture.ts';
import { makeUscc } from '../identity/uscc.ts';

for (const engine of engines()) {
  describe(`applications and acceptance on ${engine}`, () => {
    let app: TestApp;
    let admin: TestClient;
    let zhangsan: TestClient;
    let lisi: TestClient;
    let window: TestClient;
    let reviewer: TestClient;
    let leader: TestClient;
    let healthReviewer: TestClient;
    let item: { id: string; code: string };

    const setClock = (iso: string) => {
      app.tongban.platform.clock.now = () => new Date(iso);
    };

    /** 张三 applies for the test item with both materials uploaded. */
    async function apply(
      client = zhangsan,
      extra: Record<string, unknown> = {},
      key?: string,
    ): Promise<CaseBody> {
      const files = [await upload(app, client), await upload(app, client)];
      const response = await client.request<CaseBody>(
        'POST',
        '/api/v1/cases',
        {
          serviceKind: 'item',
          code: item.code,
          submit: true,
          form: { reason: '首次申请' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [files[0]] },
            { key: 'M02', source: 'upload', fileIds: [files[1]] },
          ],
          ...extra,
        },
        key ? { 'idempotency-key': key } : {},
      );
      return expectStatus(response, 201);
    }

    before(async () => {
      app = await startTestApp(engine);
      admin = await app.login('admin');
      zhangsan = await app.login('13800000001');
      lisi = await app.login('13800000002');
      window = await app.login('window01');
      reviewer = await app.login('reviewer01');
      leader = await app.login('leader01');
      healthReviewer = await addStaff(app, 'reviewer', XH_HEALTH);
      item = await publishItem(app, admin, personItem({ promisedDays: 10 }));
    });
    after(() => app.close());

    test('a draft is prefilled from the profile, resumes with the ID number masked, and submits once', async () => {
      const draft = expectStatus(
        await zhangsan.post<CaseBody>('/api/v1/cases', { serviceKind: 'item', code: item.code }),
        201,
      );
      assert.equal(draft.status, 'draft');
      assert.equal(draft.form.name, '张三');
      assert.equal(draft.form.idNumber, '330106********0111');
      assert.ok(
        !JSON.stringify(draft).includes('330106198805120111'),
        'the full ID number never leaves the server',
      );

      const file = await upload(app, zhangsan);
      const saved = expectStatus(
        await zhangsan.request<CaseBody>('PUT', `/api/v1/cases/${draft.id}`, {
          version: draft.version,
          form: { ...draft.form, reason: '换证' },
          materials: [{ key: 'M01', source: 'upload', fileIds: [file] }],
        }),
        200,
      );
      assert.equal(saved.form.reason, '换证');
      assert.equal(saved.materials.find((m) => m.key === 'M01')?.status, 'provided');

      const incomplete = await zhangsan.post<Problem>(`/api/v1/cases/${draft.id}/submit`, {
        version: saved.version,
      });
      assert.equal(incomplete.status, 400);
      assert.deepEqual(
        incomplete.body.errors?.map((e) => e.field),
        ['materials.M02'],
        'the missing photo is named, and the masked ID number kept the stored value',
      );

      const photo = await upload(app, zhangsan);
      const submitted = expectStatus(
        await zhangsan.post<CaseBody>(`/api/v1/cases/${draft.id}/submit`, {
          version: saved.version,
          materials: [
            { key: 'M01', source: 'upload', fileIds: [file] },
            { key: 'M02', source: 'upload', fileIds: [photo] },
          ],
        }),
        200,
      );
      assert.equal(submitted.status, 'submitted');
      assert.match(submitted.caseNumber!, /^330106-\d{8}-\d{6}$/);
      assert.equal(submitted.trips, 0, 'an online application needs no visit');

      const unwanted = expectStatus(
        await zhangsan.post<CaseBody>('/api/v1/cases', { serviceKind: 'item', code: item.code }),
        201,
      );
      assert.equal((await lisi.request('DELETE', `/api/v1/cases/${unwanted.id}?version=1`)).status, 403);
      assert.equal((await zhangsan.request('DELETE', `/api/v1/cases/${unwanted.id}?version=1`)).status, 204);
      assert.equal((await zhangsan.get(`/api/v1/cases/${unwanted.id}`)).status, 404);
      const filed = await zhangsan.request(
        'DELETE',
        `/api/v1/cases/${draft.id}?version=${submitted.version}`,
      );
      assert.equal(filed.status, 409, 'a submitted case is never deleted');
      const retried = expectStatus(
        await zhangsan.post<CaseBody>(`/api/v1/cases/${draft.id}/submit`, { version: saved.version }),
        200,
      );
      assert.equal(retried.caseNumber, submitted.caseNumber, 'a retried submit answers with the same case');
    });

    test('an Idempotency-Key makes a retried create-and-submit return the same case, even when raced', async () => {
      const key = `k-${Date.now()}`;
      const files = [await upload(app, zhangsan), await upload(app, zhangsan)];
      const body = {
        serviceKind: 'item',
        code: item.code,
        submit: true,
        form: { reason: '并发' },
        materials: [
          { key: 'M01', source: 'upload', fileIds: [files[0]] },
          { key: 'M02', source: 'upload', fileIds: [files[1]] },
        ],
      };
      const [a, b] = await Promise.all([
        zhangsan.request<CaseBody>('POST', '/api/v1/cases', body, { 'idempotency-key': key }),
        zhangsan.request<CaseBody>('POST', '/api/v1/cases', body, { 'idempotency-key': key }),
      ]);
      assert.equal(a.status, 201, a.raw);
      assert.equal(b.status, 201, b.raw);
      assert.equal(a.body.id, b.body.id);
      const again = await apply(zhangsan, {}, key);
      assert.equal(again.id, a.body.id);
      const count = await app.tongban.platform.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('idempotency_key', '=', key)
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 1);
    });

    test('bad input names every wrong field and changes nothing', async () => {
      const before = await app.tongban.platform.db.selectFrom('cases').select('id').execute();
      const response = await zhangsan.post<Problem>('/api/v1/cases', {
        serviceKind: 'item',
        code: item.code,
        submit: true,
        form: { reason: 42 },
        materials: [{ key: 'M99', source: 'upload', fileIds: [] }],
      });
      assert.equal(response.status, 400);
      const fields = response.body.errors!.map((e) => e.field).sort();
      assert.deepEqual(fields, ['form.reason', 'materials.0.key', 'materials.M01', 'materials.M02']);
      assert.ok(response.body.errors!.every((e) => e.message.zh && e.message.en));
      const afterRows = await app.tongban.platform.db.selectFrom('cases').select('id').execute();
      assert.equal(afterRows.length, before.length, 'no draft was left behind');
    });

    test('the ordinary path: accept, review, decide; notices as PDFs; the applicant never sees staff names', async () => {
      const submitted = await apply();
      expectStatus(await decideTask(window, submitted.id, 'accept', { outcome: 'accept' }), 200);
      const inReview = expectStatus(await zhangsan.get<CaseBody>(`/api/v1/cases/${submitted.id}`), 200);
      assert.equal(inReview.status, 'in_review');
      assert.ok(inReview.promisedDueDate);
      assert.deepEqual(
        inReview.notices.map((n) => n.kind),
        ['acceptance'],
      );
      expectStatus(
        await decideTask(reviewer, submitted.id, 'review', { outcome: 'agree', opinion: '材料齐全' }),
        200,
      );
      const approved = expectStatus(
        await decideTask(leader, submitted.id, 'decide', { outcome: 'approve' }),
        200,
      );
      assert.equal(approved.status, 'approved');
      assert.equal(approved.result?.name, '测试证');

      const seen = expectStatus(await zhangsan.get<CaseBody>(`/api/v1/cases/${submitted.id}`), 200);
      assert.ok(seen.timeline.every((t) => t.actorName === null && !t.internal));
      assert.ok(!JSON.stringify(seen.timeline).includes('材料齐全'), 'internal opinions stay internal');
      assert.deepEqual(
        seen.notices.map((n) => n.kind),
        ['acceptance', 'approval'],
      );
      const staffView = expectStatus(await reviewer.get<CaseBody>(`/api/v1/cases/${submitted.id}`), 200);
      assert.ok(staffView.timeline.some((t) => t.actorName === '蒋丽华'));

      const pdf = await zhangsan.get(`/api/v1/cases/${submitted.id}/notices/${seen.notices[1]!.id}/pdf`);
      assert.equal(pdf.status, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.ok(pdf.raw.startsWith('%PDF-'));
      const refused = await lisi.get(`/api/v1/cases/${submitted.id}/notices/${seen.notices[1]!.id}/pdf`);
      assert.equal(refused.status, 403);

      const url = new URL(seen.checkUrl!);
      const check = await app
        .client()
        .get<{ status: string; serviceName: string }>(
          `/api/v1/check/${url.pathname.split('/').pop()}${url.search}`,
        );
      assert.equal(check.status, 200, check.raw);
      assert.equal(check.body.status, 'approved');
      assert.ok(!check.raw.includes('张三'), 'the public check page shows no personal data');
      const guessed = await app.client().get(`/api/v1/check/${seen.caseNumber}?code=000000`);
      assert.equal(guessed.status, 404);

      await drainJobs(app);
      const inbox = await zhangsan.get<{ items: Array<{ title: string; template: string }> }>(
        '/api/v1/me/messages?limit=50',
      );
      assert.ok(
        inbox.body.items.some((m) => m.template === 'case.approved' && m.title.includes(seen.caseNumber!)),
        inbox.raw,
      );
    });

    test('who may act: other citizens, other departments and the wrong step are refused', async () => {
      const submitted = await apply();
      assert.equal((await lisi.get(`/api/v1/cases/${submitted.id}`)).status, 403);
      assert.equal((await app.client().get(`/api/v1/cases/${submitted.id}`)).status, 401);
      assert.equal((await healthReviewer.get(`/api/v1/cases/${submitted.id}`)).status, 403);
      const task = await openTask(window, submitted.id, 'accept');
      for (const [who, status] of [
        [zhangsan, 403],
        [healthReviewer, 403],
        [app.client(), 401],
      ] as const) {
        const response = await who.post(`/api/v1/tasks/${task.id}/decision`, {
          version: task.version,
          outcome: 'accept',
        });
        assert.equal(response.status, status, response.raw);
      }
      const bare = await window.post<Problem>(`/api/v1/tasks/${task.id}/decision`, {
        version: task.version,
        outcome: 'refuse',
      });
      assert.equal(bare.status, 400);
      assert.deepEqual(
        bare.body.errors?.map((e) => e.field),
        ['reason', 'legalBasis'],
        'a refusal needs both',
      );
      const wrongOutcome = await window.post<Problem>(`/api/v1/tasks/${task.id}/decision`, {
        version: task.version,
        outcome: 'approve',
      });
      assert.equal(wrongOutcome.status, 400);
      assert.equal(wrongOutcome.body.errors?.[0]?.field, 'outcome');
      const withdrawnByOther = await lisi.post(`/api/v1/cases/${submitted.id}/withdraw`, {
        version: submitted.version,
      });
      assert.equal(withdrawnByOther.status, 403);
      const withdrawn = expectStatus(
        await zhangsan.post<CaseBody>(`/api/v1/cases/${submitted.id}/withdraw`, {
          version: submitted.version,
        }),
        200,
      );
      assert.equal(withdrawn.status, 'withdrawn');
      const late = await window.post<Problem>(`/api/v1/tasks/${task.id}/decision`, {
        version: task.version,
        outcome: 'accept',
      });
      assert.equal(late.status, 409, 'a withdrawn case’s task cannot be decided');
    });

    test('two reviewers decide the same task at once: one wins, the other gets a conflict', async () => {
      const submitted = await apply();
      expectStatus(await decideTask(window, submitted.id, 'accept', { outcome: 'accept' }), 200);
      const second = await addStaff(app, 'reviewer', '杭州市西湖区市场监督管理局');
      const task = await openTask(reviewer, submitted.id, 'review');
      const [a, b] = await Promise.all([
        reviewer.post(`/api/v1/tasks/${task.id}/decision`, { version: task.version, outcome: 'agree' }),
        second.post(`/api/v1/tasks/${task.id}/decision`, {
          version: task.version,
          outcome: 'disagree',
          opinion: '不同意',
        }),
      ]);
      assert.deepEqual([a.status, b.status].sort(), [200, 409]);
      const loser = (a.status === 409 ? a : b).body as unknown as Problem;
      assert.match(loser.code, /CONFLICT|NOT_ALLOWED/);
      const decisions = await app.tongban.platform.db
        .selectFrom('tasks')
        .select('outcome')
        .where('case_id', '=', submitted.id)
        .where('kind', '=', 'review')
        .execute();
      assert.equal(decisions.length, 1, 'exactly one decision recorded');
    });

    test('claim, release and transfer carry the version: a stale claim is a conflict', async () => {
      const submitted = await apply();
      const task = await openTask(window, submitted.id, 'accept');
      const claimed = expectStatus(
        await window.post<{ version: number; status: string }>(`/api/v1/tasks/${task.id}/claim`, {
          version: task.version,
        }),
        200,
      );
      assert.equal(claimed.status, 'claimed');
      const stale = await window.post<Problem>(`/api/v1/tasks/${task.id}/claim`, { version: task.version });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.code, 'TASK_VERSION_CONFLICT');
      const released = expectStatus(
        await window.post<{ version: number; status: string }>(`/api/v1/tasks/${task.id}/release`, {
          version: claimed.version,
        }),
        200,
      );
      assert.equal(released.status, 'open');
      const mine = await window.get<{ items: Array<{ id: string }> }>(
        '/api/v1/tasks?scope=available&limit=100',
      );
      assert.ok(mine.body.items.some((t) => t.id === task.id));
      const notMine = await healthReviewer.get<{ items: Array<{ id: string }> }>('/api/v1/tasks?limit=100');
      assert.ok(!notMine.body.items.some((t) => t.id === task.id), 'other departments do not see it');
      assert.equal((await zhangsan.get('/api/v1/tasks')).status, 403);
    });

    test('a one-time correction notice lists everything; the applicant corrects once; a second notice is refused', async () => {
      const submitted = await apply();
      const noticed = expectStatus(
        await decideTask(window, submitted.id, 'accept', {
          outcome: 'request_correction',
          corrections: [
            { materialKey: 'M01', problem: '申请书未签字' },
            { materialKey: 'M02', problem: '照片不清晰' },
          ],
        }),
        200,
      );
      assert.equal(noticed.status, 'correction_requested');
      const mine = expectStatus(await zhangsan.get<CaseBody>(`/api/v1/cases/${submitted.id}`), 200);
      assert.ok(mine.expected?.zh.includes('一次'));
      assert.deepEqual(
        mine.notices.map((n) => n.kind),
        ['correction'],
      );
      const fixed = [await upload(app, zhangsan), await upload(app, zhangsan)];
      const resubmitted = expectStatus(
        await zhangsan.post<CaseBody>(`/api/v1/cases/${submitted.id}/submit`, {
          version: mine.version,
          materials: [
            { key: 'M01', source: 'upload', fileIds: [fixed[0]] },
            { key: 'M02', source: 'upload', fileIds: [fixed[1]] },
          ],
        }),
        200,
      );
      assert.equal(resubmitted.status, 'submitted');
      assert.equal(resubmitted.caseNumber, submitted.caseNumber, 'the case keeps its number');
      const reopened = await openTask(window, submitted.id, 'accept');
      const offered = expectStatus(
        await window.get<{ task: { outcomes: string[] } }>(`/api/v1/tasks/${reopened.id}`),
        200,
      );
      assert.deepEqual(offered.task.outcomes, ['accept', 'refuse'], 'the used notice is no longer offered');
      const again = await decideTask(window, submitted.id, 'accept', {
        outcome: 'request_correction',
        corrections: [{ materialKey: 'M01', problem: '再次补正' }],
      });
      assert.equal(again.status, 409);
      assert.equal((again.body as unknown as Problem).code, 'CORRECTION_ALREADY_USED');
      const refused = expectStatus(
        await decideTask(window, submitted.id, 'accept', {
          outcome: 'refuse',
          reason: '申请事项不属于本机关职权范围',
          legalBasis: '《行政许可法》第三十二条第一款第（二）项',
        }),
        200,
      );
      assert.equal(refused.status, 'not_accepted');
    });

    test('deemed acceptance after 5 working days, counted across the National Day holiday', async () => {
      setClock('2026-09-29T08:00:00Z'); // 16:00 Beijing, Tuesday before 国庆
      try {
        const submitted = await apply();
        setClock('2026-10-12T15:30:00Z'); // 23:30 Beijing on the fifth working day: not yet
        assert.equal((await app.tongban.cases.runClocks()).deemed, 0);
        setClock('2026-10-12T16:30:00Z'); // 00:30 Beijing on 10-13
        const report = await app.tongban.cases.runClocks();
        assert.equal(report.deemed, 1);
        const deemed = expectStatus(await zhangsan.get<CaseBody>(`/api/v1/cases/${submitted.id}`), 200);
        assert.equal(deemed.status, 'in_review');
        assert.equal(deemed.deemedAccepted, true);
        assert.ok(deemed.timeline.some((t) => t.action === 'deem_accept' && t.note?.includes('第三十二条')));
        const staffView = expectStatus(await reviewer.get<CaseBody>(`/api/v1/cases/${submitted.id}`), 200);
        assert.ok(
          staffView.tasks.some((t) => t.kind === 'review' && t.status === 'open'),
          'review starts',
        );
      } finally {
        app.tongban.platform.clock.now = () => new Date();
      }
    });

    test('a special procedure stops the clock; resuming moves every due date by the working days it stood', async () => {
      setClock('2026-11-02T02:00:00Z'); // Monday
      try {
        const submitted = await apply();
        expectStatus(await decideTask(window, submitted.id, 'accept', { outcome: 'accept' }), 200);
        const before = expectStatus(await reviewer.get<CaseBody>(`/api/v1/cases/${submitted.id}`), 200);
        const task = await openTask(reviewer, submitted.id, 'review');
        const suspended = expectStatus(
          await reviewer.post<CaseBody>(`/api/v1/tasks/${task.id}/suspend`, {
            version: task.version,
            procedure: 'expert_review',
            reason: '需组织专家评审',
          }),
          200,
        );
        assert.equal(suspended.status, 'suspended');
        const cannot = await decideTask(reviewer, submitted.id, 'review', { outcome: 'agree' });
        assert.equal(cannot.status, 409, 'no decision while suspended');
        setClock('2026-11-09T02:00:00Z'); // a week later: 5 working days
        const stillOpen = await openTask(reviewer, submitted.id, 'review');
        const resumed = expectStatus(
          await reviewer.post<CaseBody>(`/api/v1/tasks/${stillOpen.id}/resume`, {
            version: stillOpen.version,
          }),
          200,
        );
        assert.equal(resumed.status, 'in_review');
        assert.equal(resumed.suspendedWorkingDays, 5);
        assert.equal(resumed.promisedDueDate, '2026-11-23', `was ${before.promisedDueDate}`);
        const moved = resumed.tasks.find((t) => t.id === stillOpen.id)!;
        const was = before.tasks.find((t) => t.id === stillOpen.id)!;
        assert.notEqual(moved.dueDate, was.dueDate);
      } finally {
        app.tongban.platform.clock.now = () => new Date();
      }
    });

    test('deadline colours: a task turns yellow near its due date and red after it', async () => {
      setClock('2026-11-02T02:00:00Z');
      try {
        const submitted = await apply();
        expectStatus(await decideTask(window, submitted.id, 'accept', { outcome: 'accept' }), 200);
        const task = await openTask(reviewer, submitted.id, 'review');
        assert.equal(task.level, 'normal');
        setClock(`${task.dueDate}T02:00:00Z`);
        await app.tongban.cases.runClocks();
        assert.equal((await openTask(reviewer, submitted.id, 'review')).level, 'warning');
        setClock('2026-12-31T02:00:00Z');
        await app.tongban.cases.runClocks();
        const late = await reviewer.get<{ items: Array<{ id: string; level: string }> }>(
          '/api/v1/tasks?level=overdue&limit=100',
        );
        assert.ok(late.body.items.some((t) => t.id === task.id));
      } finally {
        app.tongban.platform.clock.now = () => new Date();
      }
    });

    test('window intake files a case for a person who is present; collecting the result the same day is the same trip', async () => {
      const scan = [await upload(app, window), await upload(app, window)];
      const created = await window.request<CaseBody>(
        'POST',
        '/api/v1/window/cases',
        {
          person: { name: '王奶奶', idNumber: '33010619450101002X' },
          itemCode: item.code,
          form: { name: '王奶奶', idNumber: '33010619450101002X', reason: '窗口代办' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [scan[0]] },
            { key: 'M02', source: 'waived', note: '老年人现场拍照采集' },
          ],
        },
        { 'idempotency-key': 'window-intake-1' },
      );
      const intake = expectStatus(created, 201);
      assert.equal(intake.channel, 'window');
      assert.equal(intake.trips, 1);
      assert.deepEqual(
        intake.materials.map((m) => m.source),
        ['window', 'waived'],
      );
      const tooEarly = await window.post<Problem>(`/api/v1/cases/${intake.id}/visits`, {
        kind: 'collection',
      });
      assert.equal(tooEarly.status, 409, 'nothing to collect before the decision');
      expectStatus(await decideTask(window, intake.id, 'accept', { outcome: 'accept' }), 200);
      expectStatus(await decideTask(reviewer, intake.id, 'review', { outcome: 'agree' }), 200);
      expectStatus(await decideTask(leader, intake.id, 'decide', { outcome: 'approve' }), 200);
      const collected = expectStatus(
        await window.post<CaseBody>(`/api/v1/cases/${intake.id}/visits`, { kind: 'collection' }),
        200,
      );
      assert.equal(
        collected.trips,
        1,
        'decided while she waited: she takes the result home in the same trip',
      );
      const again = await window.post<Problem>(`/api/v1/cases/${intake.id}/visits`, { kind: 'collection' });
      assert.equal(again.status, 409);
      assert.equal(again.body.code, 'RESULT_ALREADY_COLLECTED');
      assert.equal(expectStatus(await window.get<CaseBody>(`/api/v1/cases/${intake.id}`), 200).trips, 1);

      const online = await apply();
      expectStatus(await decideTask(window, online.id, 'accept', { outcome: 'accept' }), 200);
      expectStatus(await decideTask(reviewer, online.id, 'review', { outcome: 'agree' }), 200);
      expectStatus(await decideTask(leader, online.id, 'decide', { outcome: 'approve' }), 200);
      const fetched = expectStatus(
        await window.post<CaseBody>(`/api/v1/cases/${online.id}/visits`, { kind: 'collection' }),
        200,
      );
      assert.equal(fetched.trips, 1, 'applied online, came once to collect');
      const citizenTries = await zhangsan.post(`/api/v1/window/cases`, {
        person: { name: '王奶奶', idNumber: '33010619450101002X' },
        itemCode: item.code,
        form: {},
        materials: [],
      });
      assert.equal(citizenTries.status, 403);
      const onlineWaiver = await zhangsan.post<Problem>('/api/v1/cases', {
        serviceKind: 'item',
        code: item.code,
        submit: true,
        form: { reason: 'x' },
        materials: [{ key: 'M02', source: 'waived', note: '我不想交' }],
      });
      assert.equal(onlineWaiver.status, 400, 'only window staff may waive');
    });

    test('一窗出件: the service centre’s window hands out the result of another department’s item', async () => {
      const issued = await publishItem(
        app,
        admin,
        personItem({
          process: {
            steps: [
              { key: 'accept', name: '受理', kind: 'accept', role: 'window', budgetDays: 0 },
              { key: 'review', name: '审查', kind: 'review', role: 'reviewer', budgetDays: 2 },
              { key: 'decide', name: '决定', kind: 'decide', role: 'leader', budgetDays: 1 },
              { key: 'issue', name: '发证', kind: 'issue', role: 'window', budgetDays: 1 },
            ],
          },
        }),
      );
      const previous = item;
      item = issued;
      const submitted = await apply().finally(() => (item = previous));
      expectStatus(await decideTask(window, submitted.id, 'accept', { outcome: 'accept' }), 200);
      expectStatus(await decideTask(reviewer, submitted.id, 'review', { outcome: 'agree' }), 200);
      expectStatus(await decideTask(leader, submitted.id, 'decide', { outcome: 'approve' }), 200);
      const handOut = await openTask(window, submitted.id, 'issue');
      const notTheirs = await reviewer.post<Problem>(`/api/v1/tasks/${handOut.id}/decision`, {
        version: handOut.version,
        outcome: 'issued',
      });
      assert.equal(notTheirs.status, 403, 'a reviewer does not hand out results');
      const done = expectStatus(
        await window.post<CaseBody>(`/api/v1/tasks/${handOut.id}/decision`, {
          version: handOut.version,
          outcome: 'issued',
        }),
        200,
      );
      assert.equal(done.status, 'approved');
      assert.ok(
        done.tasks.every((t) => t.status !== 'open' && t.status !== 'claimed'),
        JSON.stringify(done.tasks),
      );
    });

    test('a window of another county may not file an item its county does not handle, unless the item is handled across the city (通办)', async () => {
      const centre = await admin.post<{ id: string }>('/api/v1/departments', {
        name: '杭州市上城区政务服务中心',
        kind: 'service_center',
        regionCode: '330102',
        uscc: makeUscc({ registrationAuthority: '1', category: '1', regionCode: '330102', sequence: 8101 }),
      });
      expectStatus(centre, 201);
      const otherWindow = await addStaff(app, 'window', '杭州市上城区政务服务中心');
      const intake = async (code: string, key: string) =>
        otherWindow.request<CaseBody>(
          'POST',
          '/api/v1/window/cases',
          {
            person: { name: '王奶奶', idNumber: '33010619450101002X' },
            itemCode: code,
            form: { name: '王奶奶', idNumber: '33010619450101002X', reason: '异地窗口代办' },
            materials: [
              { key: 'M01', source: 'upload', fileIds: [await upload(app, otherWindow)] },
              { key: 'M02', source: 'waived', note: '现场拍照采集' },
            ],
          },
          { 'idempotency-key': key },
        );
      const countyOnly = await publishItem(app, admin, personItem({ crossRegionScope: 'none' }));
      const refused = await intake(countyOnly.code, 'other-county-1');
      assert.equal(refused.status, 403, refused.raw);
      const filed = await app.tongban.platform.db
        .selectFrom('cases')
        .select('id')
        .where('service_code', '=', countyOnly.code)
        .execute();
      assert.deepEqual(filed, [], 'nothing is filed');
      const acrossCity = await publishItem(app, admin, personItem({ crossRegionScope: 'city' }));
      const accepted = expectStatus(await intake(acrossCity.code, 'other-county-2'), 201);
      assert.equal(accepted.channel, 'window');
      assert.match(accepted.caseNumber!, /^330106-/, 'the case is the handling county’s');
    });

    test('acceptance notices of two departments get distinct numbers', async () => {
      const healthItem = await publishItem(app, admin, personItem({ promisedDays: 10 }), XH_HEALTH);
      const accepted: CaseBody[] = [];
      for (const code of [item.code, healthItem.code]) {
        const files = [await upload(app, zhangsan), await upload(app, zhangsan)];
        const filed = expectStatus(
          await zhangsan.post<CaseBody>('/api/v1/cases', {
            serviceKind: 'item',
            code,
            submit: true,
            form: { reason: '首次申请' },
            materials: [
              { key: 'M01', source: 'upload', fileIds: [files[0]] },
              { key: 'M02', source: 'upload', fileIds: [files[1]] },
            ],
          }),
          201,
        );
        accepted.push(expectStatus(await decideTask(window, filed.id, 'accept', { outcome: 'accept' }), 200));
      }
      const numbers = accepted.map((c) => c.notices.find((n) => n.kind === 'acceptance')?.number);
      assert.ok(numbers.every(Boolean), JSON.stringify(numbers));
      assert.notEqual(numbers[0], numbers[1]);

      // The inbox search takes its text literally: "%" is not a wildcard.
      const all = await reviewer.get<{ items: unknown[] }>('/api/v1/tasks?scope=all&limit=100');
      assert.ok(all.body.items.length > 0, all.raw);
      const percent = await reviewer.get<{ items: unknown[] }>('/api/v1/tasks?scope=all&limit=100&q=%25');
      assert.equal(percent.status, 200, percent.raw);
      assert.equal(percent.body.items.length, 0);
    });
  });
}
