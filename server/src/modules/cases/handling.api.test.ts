import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { verifyAuditChain } from '../../platform/audit/audit.ts';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { callbackPath, injectSend, startDepartmentSystem } from '../../../test/department-system.ts';
import { signedHeaders } from '../workflow/department-link.ts';
import {
  addStaff,
  departmentId,
  drainJobs,
  expectStatus,
  decideTask,
  openTask,
  personItem,
  publishItem,
  upload,
  XH_FIRE,
  XH_HEALTH,
  XH_MARKET,
  type CaseBody,
  type Problem,
} from './cases.fixture.ts';

const FIRE_USCC = '113301060203342949';
const HEALTH_USCC = '11330106020263385E';

for (const engine of engines()) {
  describe(`bundles, commitment, automatic approval, gaps and department systems on ${engine}`, () => {
    let app: TestApp;
    let admin: TestClient;
    let zhangsan: TestClient;
    let lisi: TestClient;
    let window: TestClient;
    let reviewer: TestClient;
    let leader: TestClient;
    let fireReviewer: TestClient;
    let healthReviewer: TestClient;

    async function submit(code: string, extra: Record<string, unknown> = {}, serviceKind = 'item') {
      const files = [await upload(app, zhangsan), await upload(app, zhangsan)];
      return zhangsan.post<CaseBody>('/api/v1/cases', {
        serviceKind,
        code,
        submit: true,
        form: { reason: '测试' },
        materials: [
          { key: 'M01', source: 'upload', fileIds: [files[0]] },
          { key: 'M02', source: 'upload', fileIds: [files[1]] },
        ],
        ...extra,
      });
    }

    before(async () => {
      app = await startTestApp(engine);
      admin = await app.login('admin');
      zhangsan = await app.login('13800000001');
      lisi = await app.login('13800000002');
      window = await app.login('window01');
      reviewer = await app.login('reviewer01');
      leader = await app.login('leader01');
      fireReviewer = await addStaff(app, 'reviewer', XH_FIRE);
      healthReviewer = await addStaff(app, 'reviewer', XH_HEALTH);
    });
    after(() => app.close());

    test('秒批: every rule passes → approved without a person, the trace stored and shown', async () => {
      const item = await publishItem(
        app,
        admin,
        personItem({
          autoApproval: {
            rules: [
              { key: 'adult', description: '申请人年满18周岁', fact: 'applicant.age', op: 'gte', value: 18 },
              {
                key: 'local',
                description: '户籍在浙江省',
                fact: 'applicant.regionCode',
                op: 'startsWith',
                value: '33',
              },
            ],
          },
        }),
      );
      const approved = expectStatus(await submit(item.code), 201);
      assert.equal(approved.status, 'approved');
      assert.equal(approved.autoTrace?.passed, true);
      assert.deepEqual(
        approved.autoTrace?.results.map((r) => r.passed),
        [true, true],
      );
      assert.deepEqual(
        approved.notices.map((n) => n.kind),
        ['acceptance', 'approval'],
      );
      const tasks = await app.tongban.platform.db
        .selectFrom('tasks')
        .select('id')
        .where('case_id', '=', approved.id)
        .execute();
      assert.equal(tasks.length, 0, 'no person touched it');
    });

    test('秒批: a failing rule sends the case to manual review with the failed rule as the reason', async () => {
      const item = await publishItem(
        app,
        admin,
        personItem({
          autoApproval: {
            rules: [
              { key: 'elder', description: '申请人年满60周岁', fact: 'applicant.age', op: 'gte', value: 60 },
            ],
          },
        }),
      );
      const manual = expectStatus(await submit(item.code), 201);
      assert.equal(manual.status, 'submitted');
      assert.equal(manual.autoTrace?.passed, false);
      assert.match(manual.autoTrace!.results[0]!.reason!.zh, /38/);
      const staff = expectStatus(await window.get<CaseBody>(`/api/v1/cases/${manual.id}`), 200);
      assert.ok(staff.tasks.some((t) => t.kind === 'accept' && t.status === 'open'));
    });

    test('告知承诺: approved at once; a failed verification revokes it and blocks the next commitment', async () => {
      const item = await publishItem(
        app,
        admin,
        personItem({
          commitment: {
            text: '本人承诺所提交的照片真实有效，如有虚假愿承担相应法律责任。',
            materialKeys: ['M02'],
            verification: { withinDays: 10, method: 'document_review' },
          },
        }),
      );
      const file = await upload(app, zhangsan);
      const approved = expectStatus(
        await zhangsan.post<CaseBody>('/api/v1/cases', {
          serviceKind: 'item',
          code: item.code,
          submit: true,
          commitment: true,
          form: { reason: '承诺办理' },
          materials: [{ key: 'M01', source: 'upload', fileIds: [file] }],
        }),
        201,
      );
      assert.equal(approved.status, 'approved');
      assert.equal(approved.materials.find((m) => m.key === 'M02')?.source, 'commitment');
      const verification = await openTask(reviewer, approved.id, 'verification');
      assert.ok(verification.dueDate);
      const revoked = expectStatus(
        await reviewer.post<CaseBody>(`/api/v1/tasks/${verification.id}/decision`, {
          version: verification.version,
          outcome: 'failed',
          reason: '照片与本人不符，承诺不实',
        }),
        200,
      );
      assert.equal(revoked.status, 'revoked');
      const blocked = await zhangsan.post<Problem>('/api/v1/cases', {
        serviceKind: 'item',
        code: item.code,
        submit: true,
        commitment: true,
        form: { reason: '再次承诺' },
        materials: [{ key: 'M01', source: 'upload', fileIds: [file] }],
      });
      assert.equal(blocked.status, 400);
      assert.ok(blocked.body.errors?.some((e) => e.field === 'commitment' && e.message.zh.includes('失信')));
    });

    test('容缺受理: review proceeds, the decision waits for the material, a missed date suspends, supplying resumes', async () => {
      const item = await publishItem(
        app,
        admin,
        personItem({ gapAcceptance: { materialKeys: ['M02'] }, promisedDays: 10 }),
      );
      const clock = app.tongban.platform.clock;
      clock.now = () => new Date('2026-11-02T02:00:00Z');
      try {
        const file = await upload(app, lisi);
        const submitted = expectStatus(
          await lisi.post<CaseBody>('/api/v1/cases', {
            serviceKind: 'item',
            code: item.code,
            submit: true,
            form: { reason: '容缺' },
            materials: [
              { key: 'M01', source: 'upload', fileIds: [file] },
              { key: 'M02', source: 'pledge', pledgeDueDate: '2026-11-06' },
            ],
          }),
          201,
        );
        assert.equal(submitted.materials.find((m) => m.key === 'M02')?.status, 'pledged');
        const accepted = expectStatus(
          await decideTask(window, submitted.id, 'accept', { outcome: 'accept' }),
          200,
        );
        assert.deepEqual(
          accepted.notices.map((n) => n.kind),
          ['gap_acceptance'],
        );
        expectStatus(await decideTask(reviewer, submitted.id, 'review', { outcome: 'agree' }), 200);
        const early = await decideTask(leader, submitted.id, 'decide', { outcome: 'approve' });
        assert.equal(early.status, 409);
        assert.equal((early.body as unknown as Problem).code, 'GAPS_OUTSTANDING');

        clock.now = () => new Date('2026-11-07T02:00:00Z');
        assert.equal((await app.tongban.cases.runClocks()).suspended, 1);
        const suspended = expectStatus(await lisi.get<CaseBody>(`/api/v1/cases/${submitted.id}`), 200);
        assert.equal(suspended.status, 'suspended');
        assert.ok(suspended.expected?.zh.includes('补交'));

        clock.now = () => new Date('2026-11-10T02:00:00Z');
        const photo = await upload(app, lisi);
        const resumed = expectStatus(
          await lisi.post<CaseBody>(`/api/v1/cases/${submitted.id}/materials/M02`, { fileIds: [photo] }),
          200,
        );
        assert.equal(resumed.status, 'in_review');
        assert.equal(resumed.suspendedWorkingDays, 2);
        const approved = expectStatus(
          await decideTask(leader, submitted.id, 'decide', { outcome: 'approve' }),
          200,
        );
        assert.equal(approved.status, 'approved');

        const tooLate = await lisi.post<Problem>('/api/v1/cases', {
          serviceKind: 'item',
          code: item.code,
          submit: true,
          form: { reason: '容缺' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [file] },
            { key: 'M02', source: 'pledge', pledgeDueDate: '2027-06-01' },
          ],
        });
        assert.equal(tooLate.status, 400, 'a pledge beyond the promised limit is refused');
        assert.equal(tooLate.body.errors?.[0]?.field, 'materials.M02.pledgeDueDate');
      } finally {
        clock.now = () => new Date();
      }
    });

    test('并联审批: branches run in parallel in other departments; the lead merges when all are done', async () => {
      const item = await publishItem(
        app,
        admin,
        personItem({
          promisedDays: 10,
          process: {
            steps: [
              { key: 'accept', name: '受理', kind: 'accept', role: 'window', budgetDays: 1 },
              {
                key: 'review',
                name: '联合审查',
                kind: 'review',
                role: 'reviewer',
                budgetDays: 3,
                branches: [
                  {
                    key: 'fire',
                    name: '消防审查',
                    departmentUscc: FIRE_USCC,
                    role: 'reviewer',
                    budgetDays: 3,
                  },
                  {
                    key: 'health',
                    name: '卫生审查',
                    departmentUscc: HEALTH_USCC,
                    role: 'reviewer',
                    budgetDays: 3,
                  },
                ],
              },
              { key: 'decide', name: '决定', kind: 'decide', role: 'leader', budgetDays: 1 },
            ],
          },
        }),
      );
      const submitted = expectStatus(await submit(item.code), 201);
      expectStatus(await decideTask(window, submitted.id, 'accept', { outcome: 'accept' }), 200);
      const fireTask = await openTask(fireReviewer, submitted.id, 'branch');
      const healthTask = await openTask(healthReviewer, submitted.id, 'branch');
      assert.notEqual(fireTask.id, healthTask.id);
      const lead = expectStatus(await reviewer.get<CaseBody>(`/api/v1/cases/${submitted.id}`), 200);
      assert.equal(
        lead.tasks.find((t) => t.kind === 'review')?.status,
        'waiting',
        'the lead waits for the branches',
      );
      const wrongDepartment = await healthReviewer.post(`/api/v1/tasks/${fireTask.id}/decision`, {
        version: fireTask.version,
        outcome: 'agree',
      });
      assert.equal(wrongDepartment.status, 403);
      expectStatus(
        await fireReviewer.post(`/api/v1/tasks/${fireTask.id}/decision`, {
          version: fireTask.version,
          outcome: 'agree',
        }),
        200,
      );
      expectStatus(
        await healthReviewer.post(`/api/v1/tasks/${healthTask.id}/decision`, {
          version: healthTask.version,
          outcome: 'disagree',
          opinion: '卫生设施不达标',
        }),
        200,
      );
      expectStatus(
        await decideTask(reviewer, submitted.id, 'review', { outcome: 'agree', opinion: '综合意见：可准予' }),
        200,
      );
      const denied = expectStatus(
        await decideTask(leader, submitted.id, 'decide', {
          outcome: 'deny',
          reason: '卫生条件不符合要求',
          legalBasis: '《行政许可法》第三十八条第二款',
        }),
        200,
      );
      assert.equal(denied.status, 'denied');
      assert.ok(denied.notices.some((n) => n.kind === 'denial'));
    });

    /** Publishes a person's bundle of the given items; returns its code. */
    async function publishBundle(items: Array<{ itemCode: string; dependsOn: string[]; optional: boolean }>) {
      const created = await admin.post<{ id: string; code: string }>('/api/v1/catalog/admin/bundles', {
        code: `TB${Date.now()}${items.length}`,
        content: {
          name: '测试一件事',
          aliases: [],
          audience: 'person',
          topic: 'birth',
          description: '几个事项一次办',
          promisedDays: 5,
          items,
        },
      });
      assert.equal(created.status, 201, created.raw);
      expectStatus(await admin.post(`/api/v1/catalog/admin/bundles/${created.body.id}/publish`), 200);
      return app.tongban.platform.db
        .selectFrom('catalog_bundles')
        .select('code')
        .where('id', '=', created.body.id)
        .executeTakeFirstOrThrow();
    }

    test('一件事: two children start in parallel, the dependent one starts with the prerequisite’s result', async () => {
      const uscc = {
        type: 'string',
        'x-kind': 'uscc',
        title: '统一社会信用代码',
        'x-concept': 'enterprise.uscc',
      } as const;
      const licenceMaterial = {
        key: 'M03',
        name: '营业执照',
        necessity: 'required',
        materialType: 'original',
        form: 'electronic',
        copies: 0,
        sourceChannel: 'government',
        licenceType: 'business_licence',
      } as const;
      const base = personItem({ promisedDays: 2 });
      const first = await publishItem(app, admin, {
        ...base,
        name: '前置登记',
        result: { type: 'certificate', name: '营业执照', licenceType: 'business_licence' },
      });
      const parallel = await publishItem(app, admin, { ...base, name: '并行事项' }, XH_MARKET);
      const dependent = await publishItem(app, admin, {
        ...base,
        name: '后续事项',
        materials: [...base.materials!, licenceMaterial],
        form: {
          ...base.form!,
          properties: { ...base.form!.properties, uscc },
          required: [...base.form!.required, 'uscc'],
          'x-order': [...base.form!['x-order'], 'uscc'],
        },
      });
      const bundle = await publishBundle([
        { itemCode: first.code, dependsOn: [], optional: false },
        { itemCode: parallel.code, dependsOn: [], optional: false },
        { itemCode: dependent.code, dependsOn: [first.code], optional: false },
      ]);

      const draft = expectStatus(
        await zhangsan.post<CaseBody & { materials: Array<{ key: string }> }>('/api/v1/cases', {
          serviceKind: 'bundle',
          code: bundle.code,
        }),
        201,
      );
      const uploads = await Promise.all(draft.materials.map(() => upload(app, zhangsan)));
      const parent = expectStatus(
        await zhangsan.post<CaseBody>(`/api/v1/cases/${draft.id}/submit`, {
          version: draft.version,
          form: { ...draft.form, i1_reason: '开业', i2_reason: '开业' },
          materials: draft.materials
            .filter((m) => m.key !== 'M03' && !m.key.endsWith('M03'))
            .map((m, i) => ({ key: m.key, source: 'upload', fileIds: [uploads[i]] })),
        }),
        200,
      ).valueOf() as CaseBody;
      assert.equal(parent.status, 'in_progress', JSON.stringify(parent));
      assert.deepEqual(parent.children.map((c) => c.status).sort(), ['submitted', 'submitted', 'waiting']);

      const childId = (name: string) => parent.children.find((c) => c.serviceName === name)!.id;
      expectStatus(await decideTask(window, childId('前置登记'), 'accept', { outcome: 'accept' }), 200);
      expectStatus(await decideTask(window, childId('并行事项'), 'accept', { outcome: 'accept' }), 200);
      expectStatus(
        await decideTask(reviewer, childId('前置登记'), 'decide', {
          outcome: 'approve',
          resultValues: { 'enterprise.uscc': '91330106MA2TEST01X' },
        }).then((r) => r),
        200,
      );
      await drainJobs(app);
      const started = expectStatus(await window.get<CaseBody>(`/api/v1/cases/${childId('后续事项')}`), 200);
      assert.equal(
        started.status,
        'submitted',
        'the dependent item starts once its prerequisite is approved',
      );
      assert.equal(started.form.uscc, '91330106MA2TEST01X', 'filled from the prerequisite’s result');
      assert.equal(started.materials.find((m) => m.key === 'M03')?.source, 'licence');

      expectStatus(await decideTask(reviewer, childId('并行事项'), 'decide', { outcome: 'approve' }), 200);
      expectStatus(await decideTask(window, childId('后续事项'), 'accept', { outcome: 'accept' }), 200);
      expectStatus(await decideTask(reviewer, childId('后续事项'), 'decide', { outcome: 'approve' }), 200);
      await drainJobs(app);
      const done = expectStatus(await zhangsan.get<CaseBody>(`/api/v1/cases/${parent.id}`), 200);
      assert.equal(done.status, 'completed');
      assert.deepEqual(
        done.children.map((c) => c.status),
        ['approved', 'approved', 'approved'],
      );
    });

    test('告知承诺 in a bundle: the item that offers it is approved at once, the others go on as usual', async () => {
      // 李四: 张三 lost commitment approval in the test above.
      const pledging = await publishItem(
        app,
        admin,
        personItem({
          name: '承诺事项',
          commitment: {
            text: '本人承诺所提交的照片真实有效。',
            materialKeys: ['M02'],
            verification: { withinDays: 10, method: 'document_review' },
          },
        }),
      );
      const plain = await publishItem(app, admin, personItem({ name: '普通事项' }));
      const bundle = await publishBundle([
        { itemCode: pledging.code, dependsOn: [], optional: false },
        { itemCode: plain.code, dependsOn: [], optional: false },
      ]);
      const draft = expectStatus(
        await lisi.post<CaseBody & { commitment: { text: string; materialKeys: string[] } | null }>(
          '/api/v1/cases',
          { serviceKind: 'bundle', code: bundle.code },
        ),
        201,
      );
      assert.ok(draft.commitment?.text.includes('【承诺事项】'), JSON.stringify(draft.commitment));
      assert.deepEqual(draft.commitment?.materialKeys, [`${pledging.code}:M02`]);
      const uploaded = draft.materials.filter((m) => m.key !== `${pledging.code}:M02`);
      const files = await Promise.all(uploaded.map(() => upload(app, lisi)));
      const parent = expectStatus(
        await lisi.post<CaseBody>(`/api/v1/cases/${draft.id}/submit`, {
          version: draft.version,
          commitment: true,
          form: { ...draft.form, i1_reason: '开店', i2_reason: '开店' },
          materials: uploaded.map((m, i) => ({ key: m.key, source: 'upload', fileIds: [files[i]] })),
        }),
        200,
      );
      const child = (name: string) => parent.children.find((c) => c.serviceName === name)!;
      assert.equal(child('承诺事项').status, 'approved', JSON.stringify(parent.children));
      assert.equal(child('普通事项').status, 'submitted');
      const pledged = expectStatus(await lisi.get<CaseBody>(`/api/v1/cases/${child('承诺事项').id}`), 200);
      assert.equal(pledged.materials.find((m) => m.key === 'M02')?.source, 'commitment');
      assert.ok(await openTask(reviewer, pledged.id, 'verification'), 'the post-approval check is scheduled');
    });

    test('a department’s own system takes a step: signed push, then pending, accepted and rejected callbacks', async () => {
      const system = await startDepartmentSystem({ code: 'xh-fire-system' });
      try {
        const registered = await admin.post<{ secret: string }>('/api/v1/workflow/external-systems', {
          code: system.code,
          name: '西湖消防审批系统',
          departmentId: await departmentId(app, XH_FIRE),
          endpointUrl: system.endpointUrl,
        });
        assert.equal(registered.status, 201, registered.raw);
        system.secret = registered.body.secret;
        const refused = await reviewer.post('/api/v1/workflow/external-systems', {
          code: 'other-system',
          name: '其他系统',
          departmentId: await departmentId(app, XH_FIRE),
          endpointUrl: system.endpointUrl,
        });
        assert.equal(refused.status, 403);
        const item = await publishItem(
          app,
          admin,
          personItem({
            promisedDays: 10,
            process: {
              steps: [
                { key: 'accept', name: '受理', kind: 'accept', role: 'window', budgetDays: 1 },
                {
                  key: 'fire',
                  name: '消防审查',
                  kind: 'review',
                  role: 'reviewer',
                  budgetDays: 5,
                  departmentUscc: FIRE_USCC,
                  externalSystem: system.code,
                },
                { key: 'decide', name: '决定', kind: 'decide', role: 'leader', budgetDays: 1 },
              ],
            },
          }),
        );
        const run = async () => {
          const submitted = expectStatus(await submit(item.code), 201);
          expectStatus(await decideTask(window, submitted.id, 'accept', { outcome: 'accept' }), 200);
          await drainJobs(app);
          const push = system.pushes.at(-1)!;
          assert.equal(push.verdict.ok, true, 'the push is signed with the shared secret');
          assert.equal((push.body as { caseNumber: string }).caseNumber, submitted.caseNumber);
          assert.ok(!push.rawBody.includes('330106198805120111'), 'ID numbers go out masked');
          return { submitted, taskId: (push.body as { taskId: string }).taskId };
        };
        const send = injectSend(app.tongban.server);

        const first = await run();
        const raw = JSON.stringify({ taskId: first.taskId, outcome: 'pending', opinion: '现场核查中' });
        const captured = {
          url: callbackPath(system.code),
          headers: signedHeaders(system.code, system.secret, raw),
          body: raw,
        };
        const pending = await send(captured);
        assert.equal(pending.status, 200, pending.body);
        const replayed = await send(captured);
        assert.equal(replayed.status, 409, 'the same signed request cannot be played again');
        assert.match(replayed.body, /CALLBACK_REPLAYED/);
        const accepted = await system.callback(send, {
          taskId: first.taskId,
          outcome: 'accepted',
          opinion: '消防审查合格',
        });
        assert.equal(accepted.status, 200, accepted.body);
        const afterAccept = expectStatus(
          await leader.get<CaseBody>(`/api/v1/cases/${first.submitted.id}`),
          200,
        );
        assert.ok(afterAccept.timeline.some((t) => t.action === 'external_pending'));
        assert.ok(
          afterAccept.tasks.some((t) => t.kind === 'decide' && t.status === 'open'),
          'the next step opened',
        );
        const replay = await system.callback(send, { taskId: first.taskId, outcome: 'rejected' });
        assert.equal(replay.status, 409, 'a finished step cannot be answered again');

        const second = await run();
        const forged = await system.badCallback(
          send,
          { taskId: second.taskId, outcome: 'accepted' },
          'wrong_secret',
        );
        assert.equal(forged.status, 401);
        const rejected = await system.callback(send, {
          taskId: second.taskId,
          outcome: 'rejected',
          opinion: '疏散通道不符合要求',
        });
        assert.equal(rejected.status, 200, rejected.body);
        const afterReject = expectStatus(
          await leader.get<CaseBody>(`/api/v1/cases/${second.submitted.id}`),
          200,
        );
        assert.equal(afterReject.tasks.find((t) => t.kind === 'review')?.status, 'done');
        assert.ok(
          afterReject.timeline.some((t) => t.action === 'review_disagree' && t.note?.includes('疏散通道')),
        );
      } finally {
        await system.close();
      }
    });

    test('every change above is in the audit chain, and the chain holds', async () => {
      const actions = await app.tongban.platform.db
        .selectFrom('audit_log')
        .select('action')
        .distinct()
        .where('action', 'like', 'case.%')
        .execute();
      const names = actions.map((a) => a.action);
      for (const expected of [
        'case.submit',
        'case.auto_approve',
        'case.commitment_approve',
        'case.start',
        'case.complete_bundle',
      ]) {
        assert.ok(names.includes(expected), `${expected} audited (have ${names.join(', ')})`);
      }
      const report = await verifyAuditChain(app.tongban.platform.db);
      assert.equal(report.ok, true, JSON.stringify(report));
    });
  });
}
