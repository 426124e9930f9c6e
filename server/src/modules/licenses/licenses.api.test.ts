import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { inTransaction } from '../../platform/db/database.ts';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { assertPermissions } from '../../../test/permissions.ts';
import {
  addStaff,
  departmentId,
  drainJobs,
  expectStatus,
  openTask,
  personItem,
  publishItem,
  upload,
  type CaseBody,
} from '../cases/cases.fixture.ts';
import { CASE_TRANSITIONED } from '../cases/service.ts';
import type { LicenceExport } from './document.ts';

const XH_CIVIL = '杭州市西湖区民政局';
const XH_MARKET = '杭州市西湖区市场监督管理局';
const serverDir = fileURLToPath(new URL('../../../', import.meta.url));

interface Summary {
  id: string;
  identifier: string;
  name: string;
  status: string;
  version: number;
  validUntil: string | null;
  holderName: string;
}
interface Detail extends Summary {
  face: Array<{ key: string; label: string; value: string }>;
  verifyUrl: string;
  algorithm: string;
  keyId: string;
  uses: Array<{ purpose: string; departmentName: string | null }>;
}
interface Verified {
  status: string;
  reason: string | null;
  licence: { holderName: string; holderCode: string; issuerName: string; keyId: string } | null;
}

for (const engine of engines()) {
  describe(`electronic licences on ${engine}`, () => {
    let app: TestApp;
    let admin: TestClient;
    let zhangsan: TestClient;
    let lisi: TestClient;
    let leader: TestClient;
    let reviewer: TestClient;
    let anonymous: TestClient;

    const wallet = async (client: TestClient) =>
      expectStatus(await client.get<{ items: Summary[] }>('/api/v1/me/licenses?limit=50'), 200).items;
    const verify = async (q: string) =>
      expectStatus(await anonymous.get<Verified>(`/api/v1/licenses/verify?q=${encodeURIComponent(q)}`), 200);
    const detail = async (client: TestClient, id: string) =>
      expectStatus(await client.get<Detail>(`/api/v1/licenses/${id}`), 200);

    // Every case here is handled by 西湖区市场监管局: the cases module numbers notices per department
    // but keeps the numbers unique across departments (reported to the lead).
    /** An item whose 秒批 rules pass for 张三, issuing the given licence type on approval. */
    async function autoItem(licenceType: string, name: string, department: string) {
      return publishItem(
        app,
        admin,
        personItem({
          result: { type: 'certificate', name, licenceType },
          autoApproval: {
            rules: [
              { key: 'adult', description: '申请人年满18周岁', fact: 'applicant.age', op: 'gte', value: 18 },
            ],
          },
          form: {
            type: 'object',
            properties: {
              name: {
                type: 'string',
                'x-kind': 'text',
                title: '姓名',
                'x-concept': 'applicant.name',
                maxLength: 50,
              },
              spouseName: { type: 'string', 'x-kind': 'text', title: '配偶姓名', 'x-concept': 'spouse.name' },
              reason: { type: 'string', 'x-kind': 'text', title: '申请事由', maxLength: 100 },
            },
            required: ['name', 'reason'],
            'x-order': ['name', 'spouseName', 'reason'],
          },
        }),
        department,
      );
    }

    async function applyAuto(code: string) {
      const files = [await upload(app, zhangsan), await upload(app, zhangsan)];
      return expectStatus(
        await zhangsan.post<CaseBody>('/api/v1/cases', {
          serviceKind: 'item',
          code,
          submit: true,
          form: { name: '张三', spouseName: '陈静', reason: '测试' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [files[0]] },
            { key: 'M02', source: 'upload', fileIds: [files[1]] },
          ],
        }),
        201,
      );
    }

    const licenceOfCase = (caseId: string) =>
      app.tongban.platform.db.selectFrom('licences').selectAll().where('case_id', '=', caseId).execute();

    before(async () => {
      app = await startTestApp(engine);
      admin = await app.login('admin');
      zhangsan = await app.login('13800000001');
      lisi = await app.login('13800000002');
      leader = await app.login('leader01');
      reviewer = await app.login('reviewer01');
      anonymous = app.client();
    });
    after(() => app.close());

    test('demo wallet: 张三 holds three licences, his company one; 李四 holds none and cannot open 张三’s', async () => {
      const mine = await wallet(zhangsan);
      assert.deepEqual(
        mine.map((l) => l.name).sort(),
        ['中华人民共和国居民身份证', '居民户口簿', '结婚证'].sort(),
      );
      assert.ok(mine.every((l) => l.status === 'valid'));
      assert.equal((await wallet(lisi)).length, 0);
      const card = mine.find((l) => l.name === '中华人民共和国居民身份证')!;
      const d = await detail(zhangsan, card.id);
      assert.equal(d.face.find((f) => f.key === 'idNumber')?.value, '330106198805120111');
      const org = await app.tongban.platform.db
        .selectFrom('organisations')
        .select('id')
        .where('uscc', '=', '91330106600000004G')
        .executeTakeFirstOrThrow();
      expectStatus(await zhangsan.post('/api/v1/auth/acting-for', { organisationId: org.id }), 200);
      try {
        const company = await wallet(zhangsan);
        assert.deepEqual(
          company.map((l) => l.name),
          ['营业执照'],
        );
      } finally {
        expectStatus(await zhangsan.post('/api/v1/auth/acting-for', { organisationId: null }), 200);
      }
      await assertPermissions({
        action: 'read a licence in the wallet',
        attempt: (c) => c.get(`/api/v1/licenses/${card.id}`),
        may: [['the holder', zhangsan]],
        mayNot: [
          ['another citizen', lisi],
          ['anonymous', anonymous],
          ['staff of another department', reviewer],
        ],
      });
      for (const what of ['export', 'pdf']) {
        await assertPermissions({
          action: `download the ${what}`,
          attempt: (c) => c.get(`/api/v1/licenses/${card.id}/${what}`),
          may: [['the holder', zhangsan]],
          mayNot: [
            ['another citizen', lisi],
            ['anonymous', anonymous],
            ['staff', reviewer],
          ],
        });
      }
    });

    test('an approved case issues its licence once, even when the event arrives twice or two runs race', async () => {
      const item = await autoItem('marriage_certificate', '结婚证', XH_MARKET);
      const approved = await applyAuto(item.code);
      assert.equal(approved.status, 'approved');
      await drainJobs(app);
      const [row] = await licenceOfCase(approved.id);
      assert.ok(row, 'a licence for the case');
      assert.equal(row.issuer_name, XH_MARKET);
      assert.match(
        row.identifier,
        /^1\.2\.156\.3005\.2\.11100000000010380K001\.113301060202431224\.\d{11}\.001\.[0-9A-Z]$/,
      );
      const d = await detail(zhangsan, row.id);
      assert.equal(d.face.find((f) => f.key === 'spouseName')?.value, '陈静');
      assert.equal(d.face.find((f) => f.key === 'name')?.value, '张三');
      assert.equal(d.face.find((f) => f.key === 'idNumber')?.value, '330106198805120111');
      // The same approval delivered again (a second event row, as after a crash before the marker).
      await inTransaction(app.tongban.platform.db, (tx) =>
        app.tongban.platform.events.publish(tx, CASE_TRANSITIONED, {
          caseId: approved.id,
          from: 'in_review',
          to: 'approved',
        }),
      );
      await drainJobs(app);
      assert.equal((await licenceOfCase(approved.id)).length, 1);
      // Two runs racing for a case whose event was not handled yet.
      const second = await applyAuto(item.code);
      const runs = await Promise.all(
        [1, 2].map(() =>
          inTransaction(app.tongban.platform.db, (tx) => app.tongban.licenses.issueForCase(tx, second.id)),
        ),
      );
      assert.equal(runs.filter((r) => r !== null).length, 1);
      await drainJobs(app);
      assert.equal((await licenceOfCase(second.id)).length, 1);
      const messages = expectStatus(
        await zhangsan.get<{ items: Array<{ title: { zh: string } | string }> }>(
          '/api/v1/me/messages?limit=50',
        ),
        200,
      );
      const titles = JSON.stringify(messages.items);
      assert.equal(titles.split('新的电子证照已存入卡包：结婚证').length - 1, 2, 'one message per licence');
      const v = await verify(d.verifyUrl);
      assert.equal(v.status, 'valid');
      assert.equal(v.licence?.holderName, '张*');
      assert.equal(v.licence?.holderCode, '330106********0111');
      const audit = await app.tongban.platform.db
        .selectFrom('audit_log')
        .select('action')
        .where('record_id', '=', row.id)
        .execute();
      assert.ok(audit.some((a) => a.action === 'licence.issue'));
    });

    test('verification answers: unknown, suspended, valid again, revoked, tampered record, tampered payload', async () => {
      const [card] = (await wallet(zhangsan)).filter((l) => l.name === '居民户口簿');
      const d = await detail(zhangsan, card!.id);
      assert.equal((await verify(d.identifier)).status, 'valid');
      assert.equal(
        (await verify(d.identifier.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).status,
        'unknown',
      );
      assert.equal((await verify('not an identifier')).status, 'unknown');
      // A payload whose code was changed, and one whose identifier points elsewhere with the old code.
      assert.equal((await verify(d.verifyUrl.replace(/c=([^&]{4})/, 'c=ZZZZ'))).status, 'tampered');
      const adminRow = await admin.post<Detail>(`/api/v1/licenses/${card!.id}/suspend`, { reason: '核查中' });
      expectStatus(adminRow, 200);
      const suspended = await verify(d.verifyUrl);
      assert.equal(suspended.status, 'suspended');
      assert.equal(suspended.reason, '核查中');
      expectStatus(await admin.post(`/api/v1/licenses/${card!.id}/reinstate`, { reason: '核查无误' }), 200);
      assert.equal((await verify(d.verifyUrl)).status, 'valid');
      // One altered value in the stored (encrypted) face data.
      const { cipher, db } = app.tongban.platform;
      const stored = await db
        .selectFrom('licences')
        .selectAll()
        .where('id', '=', card!.id)
        .executeTakeFirstOrThrow();
      const face = JSON.parse(cipher.decrypt(stored.face_cipher)) as Record<string, string>;
      await db
        .updateTable('licences')
        .set({
          face_cipher: cipher.encrypt(
            JSON.stringify({ ...face, householdAddress: '浙江省杭州市西湖区文三路101号' }),
          ),
        })
        .where('id', '=', card!.id)
        .execute();
      assert.equal((await verify(d.verifyUrl)).status, 'tampered');
      assert.equal((await verify(d.identifier)).status, 'tampered');
      await db
        .updateTable('licences')
        .set({ face_cipher: stored.face_cipher })
        .where('id', '=', card!.id)
        .execute();
      assert.equal((await verify(d.verifyUrl)).status, 'valid');
      expectStatus(await admin.post(`/api/v1/licenses/${card!.id}/revoke`, { reason: '户口迁出' }), 200);
      const revoked = await verify(d.verifyUrl);
      assert.equal(revoked.status, 'revoked');
      assert.equal(revoked.reason, '户口迁出');
      const conflict = await admin.post(`/api/v1/licenses/${card!.id}/suspend`, { reason: 'x' });
      assert.equal(conflict.status, 409);
    });

    test('only the issuing department’s leader (or an admin) may revoke; a tampered export fails offline', async () => {
      const org = await app.tongban.platform.db
        .selectFrom('licences')
        .select('id')
        .where('type', '=', 'business_licence')
        .executeTakeFirstOrThrow();
      const otherLeader = await addStaff(app, 'leader', XH_CIVIL);
      await assertPermissions({
        action: 'suspend a business licence',
        attempt: async (c) => {
          const r = await c.post(`/api/v1/licenses/${org.id}/suspend`, { reason: '检查' });
          if (r.status === 200) await admin.post(`/api/v1/licenses/${org.id}/reinstate`, { reason: '恢复' });
          return r;
        },
        may: [
          ['the issuing department’s leader', leader],
          ['an admin', admin],
        ],
        mayNot: [
          ['a reviewer of the issuing department', reviewer],
          ['another department’s leader', otherLeader],
          ['a citizen', zhangsan],
          ['anonymous', anonymous],
        ],
      });
      const staffSearch = expectStatus(
        await leader.get<{ items: Summary[] }>(
          `/api/v1/licenses?limit=50&q=${encodeURIComponent('91330106600000004G')}`,
        ),
        200,
      );
      assert.deepEqual(
        staffSearch.items.map((l) => l.name),
        ['营业执照'],
      );
      const otherSearch = expectStatus(
        await otherLeader.get<{ items: Summary[] }>('/api/v1/licenses?limit=50&type=business_licence'),
        200,
      );
      assert.equal(otherSearch.items.length, 0, 'another department sees none of these');
    });

    test('key rotation keeps old licences verifiable; an SM2 department signs with SM2; offline verify and the CLI', async () => {
      const civil = await departmentId(app, XH_MARKET);
      const before = (await wallet(zhangsan)).find((l) => l.name === '结婚证' && l.version === 1)!;
      const oldKey = (await detail(zhangsan, before.id)).keyId;
      const rotated = expectStatus(
        await admin.post<{ keyId: string; status: string }>(`/api/v1/licenses/admin/seals/${civil}/rotate`),
        200,
      );
      assert.notEqual(rotated.keyId, oldKey);
      assert.equal(
        (await verify(before.identifier)).status,
        'valid',
        'signed by the retired key, still valid',
      );
      // 国密: the department switches to SM2; its next licence carries an SM2 signature.
      const set = expectStatus(
        await admin.request<{ algorithm: string; activeKeyId: string }>(
          'PUT',
          `/api/v1/licenses/admin/seals/${civil}/algorithm`,
          {
            algorithm: 'sm2',
          },
        ),
        200,
      );
      assert.equal(set.algorithm, 'sm2');
      const item = await autoItem('marriage_certificate', '结婚证', XH_MARKET);
      const approved = await applyAuto(item.code);
      await drainJobs(app);
      const [row] = await licenceOfCase(approved.id);
      assert.equal(row!.algorithm, 'sm2');
      assert.equal(row!.key_id, set.activeKeyId);
      const v = await verify(row!.identifier);
      assert.equal(v.status, 'valid');
      const keys = expectStatus(
        await anonymous.request<{ keys: Array<{ keyId: string; status: string; algorithm: string }> }>(
          'GET',
          '/.well-known/tongban/seal-keys.json',
        ),
        200,
      );
      const civilKeys = keys.keys.filter((k) => [oldKey, rotated.keyId, set.activeKeyId].includes(k.keyId));
      assert.deepEqual(civilKeys.map((k) => `${k.algorithm}:${k.status}`).sort(), [
        'ed25519:retired',
        'ed25519:retired',
        'sm2:active',
      ]);
      assert.equal(
        keys.keys.some((k) => 'privateKey' in k || 'private_key_cipher' in k),
        false,
      );

      // Export files, checked by the CLI against the saved key list.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-licence-cli-'));
      try {
        const keysFile = path.join(dir, 'keys.json');
        fs.writeFileSync(keysFile, JSON.stringify(keys));
        const run = (file: string) => {
          try {
            return {
              code: 0,
              out: execFileSync(
                'node',
                ['--import', 'tsx', 'src/cli.ts', 'license', 'verify', file, '--keys', keysFile],
                { cwd: serverDir, encoding: 'utf8' },
              ),
            };
          } catch (error) {
            const e = error as { status: number; stdout: string };
            return { code: e.status, out: e.stdout };
          }
        };
        for (const id of [before.id, row!.id]) {
          const exported = expectStatus(
            await zhangsan.get<LicenceExport>(`/api/v1/licenses/${id}/export`),
            200,
          );
          const good = path.join(dir, `${id}.json`);
          fs.writeFileSync(good, JSON.stringify(exported));
          const ok = run(good);
          assert.equal(ok.code, 0, ok.out);
          assert.match(ok.out, /valid/);
          // One altered face value.
          const altered = {
            ...exported,
            licence: { ...exported.licence, face: { ...exported.licence.face, spouseName: '陈晶' } },
          };
          const bad = path.join(dir, `${id}-bad.json`);
          fs.writeFileSync(bad, JSON.stringify(altered));
          const refused = run(bad);
          assert.equal(refused.code, 1);
          assert.match(refused.out, /TAMPERED/);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      // Back to the default for the other tests.
      expectStatus(
        await admin.request('PUT', `/api/v1/licenses/admin/seals/${civil}/algorithm`, {
          algorithm: 'ed25519',
        }),
        200,
      );
    });

    test('revoking the approval (failed 告知承诺 verification) revokes the licence', async () => {
      const item = await publishItem(
        app,
        admin,
        personItem({
          result: { type: 'certificate', name: '社会保障卡', licenceType: 'social_security_card' },
          commitment: {
            text: '本人承诺所提交的照片真实有效，如有虚假愿承担相应法律责任。',
            materialKeys: ['M02'],
            verification: { withinDays: 10, method: 'document_review' },
          },
        }),
      );
      const file = await upload(app, lisi);
      const approved = expectStatus(
        await lisi.post<CaseBody>('/api/v1/cases', {
          serviceKind: 'item',
          code: item.code,
          submit: true,
          commitment: true,
          form: { name: '李四', idNumber: '330102199008230851', reason: '承诺办理' },
          materials: [{ key: 'M01', source: 'upload', fileIds: [file] }],
        }),
        201,
      );
      await drainJobs(app);
      const [row] = await licenceOfCase(approved.id);
      assert.ok(row);
      assert.equal((await verify(row.identifier)).status, 'valid');
      const task = await openTask(reviewer, approved.id, 'verification');
      expectStatus(
        await reviewer.post(`/api/v1/tasks/${task.id}/decision`, {
          version: task.version,
          outcome: 'failed',
          reason: '照片与本人不符',
        }),
        200,
      );
      await drainJobs(app);
      const v = await verify(row.identifier);
      assert.equal(v.status, 'revoked');
      assert.match(v.reason ?? '', /撤销/);
      const mine = await wallet(lisi);
      assert.equal(mine.find((l) => l.id === row.id)?.status, 'revoked');
    });

    test('expiry: one reminder 30 days before, expired after the last day, renewal supersedes', async () => {
      const item = await autoItem('social_security_card', '社会保障卡', XH_MARKET);
      const approved = await applyAuto(item.code);
      await drainJobs(app);
      const [row] = await licenceOfCase(approved.id);
      assert.ok(row?.valid_until, 'a 10-year card has a last day');
      const clock = app.tongban.platform.clock;
      const realNow = clock.now;
      try {
        const lastDay = new Date(`${row.valid_until}T04:00:00Z`);
        clock.now = () => new Date(lastDay.getTime() - 10 * 86_400_000);
        await app.tongban.licenses.runExpiry();
        await app.tongban.licenses.runExpiry();
        const messages = JSON.stringify(
          expectStatus(await zhangsan.get<{ items: unknown[] }>('/api/v1/me/messages?limit=100'), 200).items,
        );
        assert.equal(messages.split('电子证照即将到期：社会保障卡').length - 1, 1, 'reminded once');
        assert.equal((await verify(row.identifier)).status, 'valid');
        clock.now = () => new Date(lastDay.getTime() + 86_400_000);
        assert.equal((await verify(row.identifier)).status, 'expired', 'expired before the job runs');
        const report = await app.tongban.licenses.runExpiry();
        assert.ok(report.expired >= 1);
        const after_ = await detail(zhangsan, row.id);
        assert.equal(after_.status, 'expired');
        // Renewal: same serial, next version, the old one superseded.
        const renewed = expectStatus(await admin.post<Detail>(`/api/v1/licenses/${row.id}/renew`), 201);
        assert.equal(renewed.version, 2);
        assert.equal(renewed.identifier.split('.')[7], row.serial);
        assert.equal(renewed.identifier.split('.')[8], '002');
        assert.equal((await verify(row.identifier)).status, 'superseded');
        assert.equal((await verify(renewed.identifier)).status, 'valid');
      } finally {
        clock.now = realNow;
      }
    });

    test('bulk import: template, every bad cell named, all or nothing, then applied', async () => {
      const template = await app.tongban.server.inject({
        method: 'GET',
        url: '/api/v1/licenses/admin/import-template.xlsx',
        headers: { cookie: admin.cookie! },
      });
      assert.equal(template.statusCode, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
      const permitSheet = workbook.getWorksheet('食品经营许可证')!;
      assert.deepEqual((permitSheet.getRow(1).values as string[]).slice(1, 7), [
        '持证主体名称',
        '持证主体证件号码',
        '发证机关统一社会信用代码',
        '颁发日期',
        '有效期至',
        '经营者名称',
      ]);
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('食品经营许可证');
      sheet.addRow([
        '持证主体名称',
        '持证主体证件号码',
        '发证机关统一社会信用代码',
        '颁发日期',
        '有效期至',
        '经营者名称',
        '社会信用代码',
        '法定代表人（负责人）',
        '经营场所',
        '主体业态',
        '经营项目',
      ]);
      const good = [
        '杭州西湖龙井茶业有限公司',
        '91330106600475149E',
        '113301060202431224',
        '2022-03-01',
        '',
        '杭州西湖龙井茶业有限公司',
        '91330106600475149E',
        '于海燕',
        '杭州市西湖区龙井路1号',
        '食品销售经营者',
        '预包装食品销售',
      ];
      sheet.addRow(good);
      sheet.addRow([
        '杭州某公司',
        '9133010660047514',
        '113301060202431224',
        '2022-13-01',
        '',
        ...good.slice(5),
      ]);
      sheet.addRow([
        ...good.slice(0, 2),
        '11330106020293779P',
        '2022-03-01',
        '长期',
        ...good.slice(5, 10),
        '',
      ]);
      const upload_ = async (data: Buffer) => {
        const response = await app.tongban.server.inject({
          method: 'POST',
          url: '/api/v1/licenses/admin/imports',
          headers: {
            cookie: admin.cookie!,
            'x-csrf-token': admin.csrfToken!,
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'x-file-name': encodeURIComponent('证照.xlsx'),
          },
          payload: data,
        });
        assert.equal(response.statusCode, 202, response.body);
        const { importId } = JSON.parse(response.body) as { importId: string };
        await drainJobs(app);
        return importId;
      };
      const badId = await upload_(Buffer.from(await book.xlsx.writeBuffer()));
      const bad = expectStatus(
        await admin.get<{ status: string; progress: number; errors: Array<{ row: number; column: string }> }>(
          `/api/v1/licenses/admin/imports/${badId}`,
        ),
        200,
      );
      assert.equal(bad.status, 'ready');
      assert.equal(bad.progress, 1);
      assert.deepEqual(
        bad.errors.map((e) => `${e.row}:${e.column}`).sort(),
        ['3:持证主体证件号码', '3:颁发日期', '4:发证机关统一社会信用代码', '4:经营项目'].sort(),
      );
      assert.equal((await admin.post(`/api/v1/licenses/admin/imports/${badId}/apply`)).status, 409);
      const count = async () =>
        (
          await app.tongban.platform.db
            .selectFrom('licences')
            .select('id')
            .where('type', '=', 'food_business_permit')
            .execute()
        ).length;
      assert.equal(await count(), 0, 'nothing imported from a file with errors');
      const fixed = new ExcelJS.Workbook();
      const only = fixed.addWorksheet('食品经营许可证');
      only.addRow(sheet.getRow(1).values as ExcelJS.CellValue[]);
      only.addRow(good);
      const goodId = await upload_(Buffer.from(await fixed.xlsx.writeBuffer()));
      const applied = expectStatus(
        await admin.post<{ status: string; issued: number }>(
          `/api/v1/licenses/admin/imports/${goodId}/apply`,
        ),
        200,
      );
      assert.equal(applied.status, 'applied');
      assert.equal(applied.issued, 1);
      assert.equal(await count(), 1);
      const [imported] = await app.tongban.platform.db
        .selectFrom('licences')
        .selectAll()
        .where('type', '=', 'food_business_permit')
        .execute();
      assert.equal(imported!.valid_until, '2027-02-28', 'five years from the issue date');
      assert.equal((await verify(imported!.identifier)).status, 'valid');
      await assertPermissions({
        action: 'download the import template',
        attempt: (c) => c.get('/api/v1/licenses/admin/import-template.xlsx'),
        may: [['admin', admin]],
        mayNot: [
          ['a leader', leader],
          ['a citizen', zhangsan],
        ],
      });
    });

    test('licence types: admins edit them, others may not; the type code is checked', async () => {
      const types = expectStatus(
        await admin.get<Array<{ code: string; typeCode: string; name: string }>>(
          '/api/v1/licenses/admin/types',
        ),
        200,
      );
      assert.ok(types.length >= 14);
      const body = {
        typeCode: '11100000000011121C009',
        name: '测试许可证',
        issuerKinds: ['market_regulation'],
        holderKind: 'organisation',
        validityYears: 3,
        faceFields: [{ key: 'name', label: '名称', concept: 'enterprise.name' }],
        template: { title: '测试许可证', layout: [['name']] },
      };
      await assertPermissions({
        action: 'edit a licence type',
        attempt: (c) => c.request('PUT', '/api/v1/licenses/admin/types/test_permit', body),
        may: [['admin', admin]],
        mayNot: [
          ['a leader', leader],
          ['a citizen', zhangsan],
        ],
      });
      const wrong = await admin.request<{ errors: Array<{ field: string }> }>(
        'PUT',
        '/api/v1/licenses/admin/types/test_permit',
        {
          ...body,
          typeCode: '11100000000011121X009',
          template: { title: 'x', layout: [['nope']] },
        },
      );
      assert.equal(wrong.status, 400);
      assert.deepEqual(wrong.body.errors.map((e) => e.field).sort(), ['template.layout.0', 'typeCode']);
    });

    test('用证: a material with a licence type is offered from the wallet, and the fetch is recorded', async () => {
      const item = await publishItem(
        app,
        admin,
        personItem({
          materials: [
            ...(personItem().materials ?? []),
            {
              key: 'M03',
              name: '申请人居民身份证',
              necessity: 'required',
              materialType: 'original',
              form: 'electronic',
              copies: 0,
              sourceChannel: 'government',
              concept: 'id_card',
              licenceType: 'resident_id_card',
            },
          ],
        }),
      );
      type Offered = {
        id: string;
        version: number;
        materials: Array<{
          key: string;
          offers: Array<{ kind: string; reference: string; fields?: string[] }>;
        }>;
      };
      const draft = expectStatus(
        await zhangsan.post<Offered>('/api/v1/cases', { serviceKind: 'item', code: item.code }),
        201,
      );
      const offers = draft.materials.find((m) => m.key === 'M03')!.offers;
      assert.equal(offers.length, 1);
      assert.equal(offers[0]!.kind, 'licence');
      assert.ok(offers[0]!.fields?.includes('公民身份号码'));
      const card = (await wallet(zhangsan)).find((l) => l.name === '中华人民共和国居民身份证')!;
      assert.equal(offers[0]!.reference, card.identifier);
      // 李四 holds no ID card licence: nothing is offered to him.
      const other = expectStatus(
        await lisi.post<{ materials: Array<{ key: string; offers: unknown[] }> }>('/api/v1/cases', {
          serviceKind: 'item',
          code: item.code,
        }),
        201,
      );
      assert.equal(other.materials.find((m) => m.key === 'M03')!.offers.length, 0);
      const files = [await upload(app, zhangsan), await upload(app, zhangsan)];
      const submitted = expectStatus(
        await zhangsan.post<CaseBody>(`/api/v1/cases/${draft.id}/submit`, {
          version: draft.version,
          form: { name: '张三', idNumber: '330106198805120111', reason: '用证' },
          materials: [
            { key: 'M01', source: 'upload', fileIds: [files[0]] },
            { key: 'M02', source: 'upload', fileIds: [files[1]] },
            { key: 'M03', source: 'licence' },
          ],
        }),
        200,
      );
      assert.equal(submitted.materials.find((m) => m.key === 'M03')?.source, 'licence');
      const uses = (await detail(zhangsan, card.id)).uses;
      assert.equal(uses.length, 1);
      assert.equal(uses[0]!.departmentName, XH_MARKET);
    });
  });
}
