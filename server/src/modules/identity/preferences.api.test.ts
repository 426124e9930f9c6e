import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';

interface Preferences {
  seniorMode: boolean;
  language: 'zh-CN' | 'en' | null;
}

interface ProblemBody {
  code: string;
  errors?: Array<{ field: string; message: { zh: string; en: string } }>;
}

const URL = '/api/v1/auth/me/preferences';
const put = <T = Preferences>(client: TestClient, body: unknown) => client.request<T>('PUT', URL, body);

async function preferencesOf(client: TestClient): Promise<Preferences> {
  const me = await client.get<{ preferences: Preferences }>('/api/v1/auth/me');
  assert.equal(me.status, 200, me.raw);
  return me.body.preferences;
}

for (const engine of engines()) {
  describe(`account preferences (长辈模式, language) on ${engine}`, () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp(engine);
    });
    after(async () => app.close());

    const preferenceAudits = async (accountId: string) =>
      app.tongban.platform.db
        .selectFrom('audit_log')
        .select(['actor_account_id', 'detail'])
        .where('action', '=', 'account.preferences')
        .where('record_id', '=', accountId)
        .execute();

    test('an account starts with senior mode off and no language chosen', async () => {
      const lisi = await app.login('13800000002');
      assert.deepEqual(await preferencesOf(lisi), { seniorMode: false, language: null });
    });

    test('a citizen sets them; they come back through /auth/me, after a new login, and leave others alone', async () => {
      const zhang = await app.login('13800000001');
      const zhangId = (await zhang.get<{ accountId: string }>('/api/v1/auth/me')).body.accountId;
      const lisiBefore = await preferencesOf(await app.login('13800000002'));

      const set = await put(zhang, { seniorMode: true, language: 'en' });
      assert.equal(set.status, 200, set.raw);
      assert.deepEqual(set.body, { seniorMode: true, language: 'en' });
      assert.deepEqual(await preferencesOf(zhang), { seniorMode: true, language: 'en' });

      // Another device: a new login brings them back.
      const elsewhere = await app.login('13800000001');
      assert.deepEqual(await preferencesOf(elsewhere), { seniorMode: true, language: 'en' });
      const login = await app.client().post<{ preferences: Preferences }>('/api/v1/auth/login', {
        identifier: '13800000001',
        password: 'Tongban@2026',
      });
      assert.deepEqual(login.body.preferences, { seniorMode: true, language: 'en' });

      // Changing one field keeps the other.
      assert.deepEqual((await put(elsewhere, { language: 'zh-CN' })).body, {
        seniorMode: true,
        language: 'zh-CN',
      });
      assert.deepEqual((await put(elsewhere, { seniorMode: false })).body, {
        seniorMode: false,
        language: 'zh-CN',
      });
      assert.deepEqual(await preferencesOf(zhang), { seniorMode: false, language: 'zh-CN' });
      assert.deepEqual((await put(zhang, { language: null })).body, { seniorMode: false, language: null });

      // 李四's account is untouched.
      assert.deepEqual(await preferencesOf(await app.login('13800000002')), lisiBefore);

      // Each change is audited as done by 张三 with what changed; saving the same values records nothing.
      const audits = await preferenceAudits(zhangId);
      assert.equal(audits.length, 4);
      assert.ok(audits.every((a) => a.actor_account_id === zhangId));
      const details = audits.map((a) => (typeof a.detail === 'string' ? JSON.parse(a.detail) : a.detail));
      assert.deepEqual(details[0], { seniorMode: true, language: 'en' });
      assert.deepEqual(details[3], { language: null });
      assert.equal((await put(zhang, { language: null, seniorMode: false })).status, 200);
      assert.equal((await preferenceAudits(zhangId)).length, 4);
    });

    test('staff keep their own preferences too', async () => {
      const window = await app.login('window01');
      const set = await put(window, { seniorMode: true });
      assert.equal(set.status, 200, set.raw);
      assert.deepEqual(await preferencesOf(await app.login('window01')), {
        seniorMode: true,
        language: null,
      });
      assert.equal((await preferencesOf(await app.login('reviewer01'))).seniorMode, false);
    });

    test('anonymous callers get 401; a write without the CSRF token is refused', async () => {
      const anonymous = await put<ProblemBody>(app.client(), { seniorMode: true });
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.body.code, 'UNAUTHENTICATED');
      // Who is asking comes before what is missing.
      assert.equal((await put(app.client(), {})).status, 401);

      const lisi = await app.login('13800000002');
      const before = await preferencesOf(lisi);
      lisi.csrfToken = null;
      const refused = await put<ProblemBody>(lisi, { seniorMode: !before.seniorMode });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.code, 'CSRF_TOKEN_INVALID');
      assert.deepEqual(await preferencesOf(lisi), before);
    });

    test('bad values are refused with 400 naming the field in Chinese and English, changing nothing', async () => {
      const lisi = await app.login('13800000002');
      const before = await preferencesOf(lisi);
      const cases: Array<[unknown, string]> = [
        [{ seniorMode: 'maybe' }, 'seniorMode'],
        [{ seniorMode: { on: true } }, 'seniorMode'],
        [{ language: 'fr' }, 'language'],
        [{ language: 42 }, 'language'],
        [{ seniorMode: true, theme: 'dark' }, 'theme'],
        [{}, '(body)'],
      ];
      for (const [body, field] of cases) {
        const bad = await put<ProblemBody>(lisi, body);
        assert.equal(bad.status, 400, `${JSON.stringify(body)}: ${bad.raw}`);
        assert.equal(bad.body.code, 'VALIDATION_FAILED');
        assert.deepEqual(
          bad.body.errors?.map((e) => e.field),
          [field],
          JSON.stringify(body),
        );
        for (const e of bad.body.errors ?? []) {
          assert.match(e.message.zh, /[\u4e00-\u9fa5]/, JSON.stringify(e));
          assert.match(e.message.en, /[A-Za-z]/);
        }
      }
      assert.deepEqual(await preferencesOf(lisi), before);
    });
  });
}
