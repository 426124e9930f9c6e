import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createTongban, defaultWebDist, type Tongban } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logging.ts';
import { drainJobs, expectStatus, upload } from '../../src/modules/cases/cases.fixture.ts';
import { engines, type TestClient, type TestResponse } from '../harness.ts';
import { send, zipOf } from './probe.ts';
import {
  generateCorpus,
  SCRIPT,
  type BadRequest,
  type CorpusTargets,
  type OpenApiDocument,
} from './corpus.ts';
import { buildWorld, XH_CENTRE, XH_MARKET, ZHANGSAN, type World } from './world.ts';

// Hundreds of malformed requests to the write routes (corpus.ts): each must get a 4xx problem in Chinese
// and English naming the wrong fields, never a 5xx, and change nothing; the server answers afterwards.

/** Row counts of the tables a write would touch (audit rows of failed logins aside: those are the point). */
const COUNTED = [
  'cases',
  'case_materials',
  'case_timeline',
  'tasks',
  'accounts',
  'sessions',
  'people',
  'organisations',
  'representations',
  'departments',
  'staff_roles',
  'files',
  'licences',
  'licence_grants',
  'exchange_grants',
  'exchange_resources',
  'feedback_evaluations',
  'feedback_inquiries',
  'feedback_rectifications',
  'catalog_items',
  'catalog_synonyms',
  'calendar_days',
  'notify_messages',
] as const;
const IMPORT_TABLES = ['catalog_imports', 'licence_imports', 'jobs'] as const;

async function snapshot(w: World): Promise<Record<string, number>> {
  const counts = [...COUNTED, ...IMPORT_TABLES].map(
    (t) => sql`(select count(*) from ${sql.table(t)}) as ${sql.ref(t)}`,
  );
  const audit = sql`(select count(*) from audit_log where action not in ('auth.login_failed', 'auth.locked')) as audit_log`;
  const { rows } = await sql<Record<string, number | string>>`select ${sql.join([...counts, audit])}`.execute(
    w.app.tongban.platform.db,
  );
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}

function changed(
  before: Record<string, number>,
  after: Record<string, number>,
  ignore: readonly string[] = [],
) {
  return Object.keys(after)
    .filter((k) => !ignore.includes(k) && after[k] !== before[k])
    .map((k) => `${k} ${before[k]}→${after[k]}`);
}

interface ProblemBody {
  code?: string;
  message?: { zh?: string; en?: string };
  errors?: Array<{ field: string; message: { zh: string; en: string } }>;
}

/** What is wrong with the answer to one malformed request (empty: nothing). */
function judge(c: BadRequest, response: TestResponse): string[] {
  const problems: string[] = [];
  const body = (typeof response.body === 'object' ? response.body : {}) as ProblemBody;
  if (response.status >= 500) return [`server error ${response.status}`];
  if (c.asyncImport && response.status === 202) return [];
  if (response.status < 400) return [`accepted (${response.status})`];
  if (!/application\/problem\+json/.test(String(response.headers['content-type'])))
    problems.push(`content-type ${String(response.headers['content-type'])}`);
  if (!body.message?.zh || !body.message?.en) problems.push('no zh and en message');
  if (response.headers['x-content-type-options'] !== 'nosniff')
    problems.push('no x-content-type-options: nosniff');
  if (c.fields && c.fields.length > 0) {
    const named = (body.errors ?? []).map((e) => e.field);
    if (response.status !== 400) problems.push(`expected 400 naming ${c.fields.join(', ')}`);
    else {
      const missing = c.fields.filter((f) => !named.includes(f));
      if (missing.length > 0)
        problems.push(`does not name ${missing.join(', ')} (named: ${named.join(', ') || 'none'})`);
      if ((body.errors ?? []).some((e) => !e.message?.zh || !e.message?.en))
        problems.push('a field error without zh and en');
    }
  }
  if (/text\/html/.test(String(response.headers['content-type'])) && response.raw.includes(SCRIPT))
    problems.push('reflects the script unescaped');
  return problems;
}

/** A workbook upload is parsed by a job: the parse must name the error, and applying must be refused. */
async function judgeImport(
  w: World,
  client: TestClient,
  c: BadRequest,
  response: TestResponse,
): Promise<string[]> {
  if (response.status !== 202) return [];
  const base =
    c.asyncImport === 'catalog' ? '/api/v1/catalog/admin/imports' : '/api/v1/licenses/admin/imports';
  const { importId } = response.body as { importId: string };
  await drainJobs(w.app);
  const status = await client.get<{ status: string; errors: Array<{ message: { zh: string; en: string } }> }>(
    `${base}/${importId}`,
  );
  const problems: string[] = [];
  if (status.body.status !== 'failed' && status.body.errors.length === 0)
    problems.push(`the parse found nothing wrong (${status.body.status})`);
  if (status.body.errors.some((e) => !e.message.zh || !e.message.en))
    problems.push('a parse error without zh and en');
  const applied = await client.post(`${base}/${importId}/apply`);
  if (applied.status !== 409) problems.push(`apply answered ${applied.status}, not 409`);
  return problems;
}

async function unrelatedWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('随便一张表').addRow(['这不是导入模板']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

for (const engine of engines()) {
  describe(`bad input corpus on ${engine}`, () => {
    let w: World;
    let corpus: BadRequest[];
    let anonymousSerial = 0;

    before(async () => {
      w = await buildWorld(engine);
      const zhangsan = await w.as(ZHANGSAN);
      const window = await w.as('window01');
      const draft = await w.newDraft();
      const accept = await w.newTask('accept');
      const approved = await w.newApproved();
      const linkRated = await w.newApproved();
      const optionSet = expectStatus(
        await (await w.as(null)).get<{ version: number }>('/api/v1/feedback/option-sets/online'),
        200,
      );
      const messages = expectStatus(
        await zhangsan.get<{ items: Array<{ title: string; body: string }> }>(
          '/api/v1/me/messages?limit=100',
        ),
        200,
      ).items;
      const invite = messages.find((m) => m.title.includes(linkRated.caseNumber!) && /token=/.test(m.body))!;
      const targets: CorpusTargets = {
        manualItemCode: w.ids.manualItem.code,
        draft: { id: draft.id, version: draft.version },
        acceptTask: { id: accept.id, version: accept.version },
        approvedCaseId: approved.id,
        optionSetVersion: optionSet.version,
        topic: expectStatus(
          await (await w.as(null)).get<{ items: Array<{ key: string }> }>('/api/v1/feedback/topics'),
          200,
        ).items[0]!.key,
        ratingToken: /token=([\w.-]+)/.exec(invite.body)![1]!,
        idCardLicenceId: w.ids.idCardLicence.id,
        zhangsanFileId: w.ids.zhangsanFileId,
        windowFileId: await upload(w.app, window),
        departments: {
          xhCentre: await w.dept(XH_CENTRE),
          xhHousing: await w.dept('杭州市西湖区住房和城乡建设局'),
          xhMarket: await w.dept(XH_MARKET),
        },
        catalogWorkbook: await w.catalogWorkbook(),
        licenceTemplate: await w.licenceTemplate(),
        unrelatedWorkbook: await unrelatedWorkbook(),
        plainZip: zipOf({ 'readme.txt': '这不是工作簿', 'data/1.csv': 'a,b\n1,2\n' }),
      };
      await w.app.tongban.server.ready();
      corpus = generateCorpus(targets, w.app.tongban.server.swagger() as unknown as OpenApiDocument);
      // Sessions first, so that logging in is not counted as a change made by the corpus.
      for (const login of new Set(corpus.map((c) => c.as))) if (login) await w.as(login);
    });
    after(() => w?.close());

    test('at least 500 malformed requests: each a 4xx problem (zh and en, fields named), no 5xx, no state change', async (t) => {
      assert.ok(corpus.length >= 500, `the corpus has ${corpus.length} requests`);
      const byCategory = new Map<string, number>();
      for (const c of corpus) byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
      t.diagnostic(
        `${corpus.length} requests to ${new Set(corpus.map((c) => c.route)).size} routes: ${[...byCategory].map(([k, n]) => `${k} ${n}`).join(', ')}`,
      );
      const failures: string[] = [];
      let before = await snapshot(w);
      for (const c of corpus) {
        const client = c.as ? await w.as(c.as) : await w.as(null);
        // Anonymous requests come from many addresses, as they would; the per-address limits are not under test.
        if (!c.as) client.ip = `10.77.${Math.floor(++anonymousSerial / 250)}.${anonymousSerial % 250}`;
        const response = await send(w, client, c.probe);
        const problems = [
          ...judge(c, response),
          ...(c.asyncImport ? await judgeImport(w, client, c, response) : []),
        ];
        const after = await snapshot(w);
        problems.push(
          ...changed(
            before,
            after,
            c.asyncImport ? [...IMPORT_TABLES, 'audit_log', 'notify_messages'] : [],
          ).map((d) => `changed ${d}`),
        );
        before = after;
        const health = await (await w.as(null)).get('/healthz');
        if (health.status !== 200) problems.push(`health answered ${health.status} afterwards`);
        if (problems.length > 0)
          failures.push(
            `[${c.category}] ${c.route} ${c.what} → ${response.status}: ${problems.join('; ')} ${response.raw.slice(0, 200)}`,
          );
      }
      assert.deepEqual(
        failures,
        [],
        `${failures.length} of ${corpus.length} malformed requests were mishandled`,
      );
    });

    test('text that is valid as text is stored literally (script and SQL included), and answered as JSON, never HTML', async () => {
      const zhangsan = await w.as(ZHANGSAN);
      const subject = `${SCRIPT.slice(0, 30)}`;
      const content = `'; DROP TABLE cases; -- ${SCRIPT}`;
      const created = expectStatus(
        await zhangsan.post<{ id: string }>('/api/v1/feedback/inquiries', {
          kind: 'complaint',
          itemCode: w.ids.manualItem.code,
          subject,
          content,
        }),
        201,
      );
      const read = await zhangsan.get<{ subject: string; content: string }>(
        `/api/v1/feedback/inquiries/${created.id}`,
      );
      assert.equal(read.body.subject, subject);
      assert.equal(read.body.content, content);
      assert.match(String(read.headers['content-type']), /application\/json/);
      assert.equal(read.headers['x-content-type-options'], 'nosniff');
    });

    test('a path in an upload’s name is kept as a name only; the bytes go to the content-addressed store', async () => {
      const zhangsan = await w.as(ZHANGSAN);
      const response = await send(w, zhangsan, {
        method: 'POST',
        url: '/api/v1/files?visibility=private',
        raw: {
          contentType: 'application/pdf',
          payload: Buffer.from(`%PDF-1.4\n% ${crypto.randomUUID()}\n%%EOF\n`),
        },
        headers: { 'x-file-name': encodeURIComponent('../../../../etc/passwd') },
      });
      const stored = expectStatus(response as TestResponse<{ id: string; name: string }>, 201);
      assert.ok(!/[\\/]/.test(stored.name), `the stored name ${stored.name} holds no path`);
      const blob = path.join(w.app.config.dataDir, 'files', stored.id.slice(0, 2), stored.id);
      assert.ok(fs.existsSync(blob), 'the bytes are stored under their SHA-256');
    });

    test('an organisation whose credit code has a wrong check character is registered with a warning', async () => {
      const admin = await w.as('admin');
      const created = await admin.post<{ usccWarnings: Array<{ code: string }> }>('/api/v1/organisations', {
        name: '杭州校验位测试有限公司',
        uscc: '91330106600000005G',
        kind: 'enterprise',
        regionCode: '330106',
        legalRepresentativeIdNumber: '330106198805120111',
      });
      const body = expectStatus(created, 201);
      assert.ok(body.usccWarnings.some((x) => x.code === 'USCC_CHECKSUM'));
    });

    test('the server still answers after the corpus', async () => {
      assert.equal((await (await w.as(null)).get('/healthz')).status, 200);
      assert.equal((await (await w.as(null)).get('/readyz')).status, 200);
    });
  });
}

describe('pages the server renders as HTML reflect no input', () => {
  let tongban: Tongban;
  let dataDir: string;
  let webDist: string;

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-html-'));
    // The built web app when there is one; else a page of the same kind (static index, no templating).
    webDist = fs.existsSync(path.join(defaultWebDist, 'index.html'))
      ? defaultWebDist
      : path.join(dataDir, 'web');
    if (webDist !== defaultWebDist) {
      fs.mkdirSync(webDist);
      fs.writeFileSync(
        path.join(webDist, 'index.html'),
        '<!doctype html><title>通办</title><div id="root"></div>',
      );
    }
    const config = loadConfig({
      TONGBAN_DATA_DIR: dataDir,
      TONGBAN_MASTER_KEY: crypto.randomBytes(32).toString('hex'),
      TONGBAN_JOBS: 'off',
    });
    tongban = await createTongban(config, { logger: createLogger('silent'), webDist });
  });
  after(async () => {
    await tongban?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const payload = encodeURIComponent(SCRIPT);
  const urls = [
    `/verify?q=${payload}`,
    `/verify?p=${payload}`,
    `/check/${payload}?code=${payload}`,
    `/rate?token=${payload}`,
    `/portal/${payload}`,
    `/${payload}`,
    `/?q=${payload}`,
    `/api/v1/check/${payload}?code=${payload}`,
    `/api/v1/licenses/verify?q=${payload}`,
    `/api/v1/feedback/rating-link?token=${payload}`,
    `/api/v1/catalog/search?q=${payload}`,
    `/api/v1/no-such-route/${payload}`,
    `/assets/${payload}.js`,
  ];
  for (const url of urls) {
    test(`GET ${url.slice(0, 60)}`, async () => {
      for (const raw of [url, decodeURIComponent(url)]) {
        const response = await tongban.server.inject({ method: 'GET', url: raw });
        assert.ok(response.statusCode < 500, `${raw}: ${response.statusCode}`);
        const type = String(response.headers['content-type']);
        if (/text\/html/.test(type))
          assert.ok(!response.body.includes(SCRIPT), `${raw} reflects the script in HTML`);
        else assert.match(type, /json/, `${raw} answers ${type}`);
        assert.equal(response.headers['x-content-type-options'], 'nosniff');
      }
    });
  }
});
