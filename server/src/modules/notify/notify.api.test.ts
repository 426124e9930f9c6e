import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { engines, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { inTransaction } from '../../platform/db/database.ts';
import type { NotifyMessage } from './service.ts';

const SMTP_USER = 'tongban';
const SMTP_PASS = 'mail-secret';
const SMS_TOKEN = 'sms-secret';

interface ReceivedMail {
  to: string[];
  mail: ParsedMail;
}
interface SmsCall {
  authorization: string | undefined;
  body: { to: string; text: string; template: string };
  answered: number;
}
interface Message {
  id: string;
  template: string;
  title: string;
  body: string;
  link: string | null;
  caseId: string | null;
  readAt: string | null;
}
interface Inbox {
  items: Message[];
  nextCursor: string | null;
}

/** A real SMTP server on a free port that only takes mail from the right login. */
async function startMailServer() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASS) callback(null, { user: SMTP_USER });
      else callback(new Error('535 authentication failed'));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A real HTTP SMS gateway that can be told to fail its next calls. */
async function startSmsGateway() {
  const calls: SmsCall[] = [];
  const state = { failNext: 0 };
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const body = JSON.parse(raw) as SmsCall['body'];
      const failing = state.failNext > 0;
      if (failing) state.failNext--;
      calls.push({ authorization: request.headers.authorization, body, answered: failing ? 500 : 200 });
      response.writeHead(failing ? 500 : 200, { 'content-type': 'application/json' });
      // A failing gateway echoes the number, as real ones do; it must not reach logs unmasked.
      response.end(JSON.stringify(failing ? { error: `no route to ${body.to}` } : { ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { calls, state, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

for (const engine of engines()) {
  describe(`notify on ${engine}`, () => {
    let app: TestApp;
    let mail: Awaited<ReturnType<typeof startMailServer>>;
    let sms: Awaited<ReturnType<typeof startSmsGateway>>;
    let zhangsan: TestClient;
    let lisi: TestClient;
    let zhangsanId: string;
    let serial = 0;

    const message = (overrides: Partial<NotifyMessage> = {}): NotifyMessage => {
      serial++;
      const caseNumber = `TB3301062026${String(serial).padStart(6, '0')}`;
      return {
        personId: zhangsanId,
        template: 'case.accepted',
        params: { caseNumber, itemName: '食品经营许可证核发', dueDate: '2026-06-12' },
        link: `/portal/cases/case-${serial}`,
        caseId: `case-${serial}`,
        ...overrides,
      };
    };
    const send = (m: NotifyMessage) =>
      inTransaction(app.tongban.platform.db, (tx) => app.tongban.notify.send(tx, m));
    const deliveriesOf = (messageId: string) =>
      app.tongban.platform.db
        .selectFrom('notify_deliveries')
        .selectAll()
        .where('message_id', '=', messageId)
        .orderBy('channel')
        .execute();
    const jobOf = (deliveryId: string) =>
      app.tongban.platform.db
        .selectFrom('jobs')
        .selectAll()
        .where('payload', 'like', `%${deliveryId}%`)
        .executeTakeFirstOrThrow();
    const counts = async () => {
      const { db } = app.tongban.platform;
      const count = async (table: 'notify_messages' | 'notify_deliveries' | 'jobs') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return {
        messages: await count('notify_messages'),
        deliveries: await count('notify_deliveries'),
        jobs: await count('jobs'),
      };
    };

    before(async () => {
      mail = await startMailServer();
      sms = await startSmsGateway();
      app = await startTestApp(engine, {
        env: {
          SMTP_URL: `smtp://${SMTP_USER}:${SMTP_PASS}@127.0.0.1:${mail.port}`,
          SMS_GATEWAY_URL: `http://127.0.0.1:${sms.port}/sms`,
          SMS_GATEWAY_TOKEN: SMS_TOKEN,
          TONGBAN_JOBS: 'off',
        },
      });
      zhangsanId = (await app.tongban.identity.actorForLogin('13800000001')).personId!;
      zhangsan = await app.login('13800000001');
      lisi = await app.login('13800000002');
    });
    after(async () => {
      await app?.close();
      await mail?.close();
      await sms?.close();
    });

    test('a notice lands in the inbox and goes out by mail and SMS; reading it clears the unread count', async () => {
      const m = message();
      const caseNumber = m.params.caseNumber!;
      const id = await send(m);
      const report = await app.tongban.platform.jobs.runDue();
      assert.equal(report.failed, 0);

      assert.equal(mail.received.length, 1);
      const [received] = mail.received;
      assert.deepEqual(received!.to, ['zhangsan01@example.com']);
      assert.equal(received!.mail.subject, `您的申请已受理（${caseNumber}）`);
      assert.equal(received!.mail.from?.value[0]?.name, '通办');
      assert.match(received!.mail.text ?? '', /^张三，您好：/);
      assert.ok(received!.mail.text?.includes('「食品经营许可证核发」'), 'Chinese body');
      assert.ok(received!.mail.text?.includes('will be decided by 2026-06-12.'), 'English below it');

      assert.equal(sms.calls.length, 1);
      assert.equal(sms.calls[0]!.authorization, `Bearer ${SMS_TOKEN}`);
      assert.equal(sms.calls[0]!.body.to, '13800000001');
      assert.equal(sms.calls[0]!.body.template, 'case.accepted');
      assert.match(
        sms.calls[0]!.body.text,
        new RegExp(`^【通办】.*${caseNumber}.*承诺于 2026-06-12 前办结。$`),
      );

      const deliveries = await deliveriesOf(id);
      assert.deepEqual(
        deliveries.map((d) => [d.channel, d.recipient_masked, d.status, d.attempts, d.last_error]),
        [
          ['email', 'z***@example.com', 'sent', 1, null],
          ['sms', '138****0001', 'sent', 1, null],
        ],
      );
      assert.ok(deliveries.every((d) => d.sent_at));
      const logged = app.logs.join('\n');
      assert.ok(logged.includes('138****0001'), 'deliveries are logged, masked');
      assert.ok(!logged.includes('zhangsan01@example.com') && !logged.includes('13800000001'));

      const inbox = await zhangsan.get<Inbox>('/api/v1/me/messages');
      assert.equal(inbox.status, 200, inbox.raw);
      assert.deepEqual(
        inbox.body.items.map((i) => [i.id, i.title, i.link, i.caseId, i.readAt]),
        [[id, `您的申请已受理（${caseNumber}）`, m.link, m.caseId, null]],
      );
      const english = await zhangsan.get<Inbox>('/api/v1/me/messages?lang=en');
      assert.equal(english.body.items[0]!.title, `Application accepted (${caseNumber})`);
      assert.deepEqual((await zhangsan.get('/api/v1/me/messages/unread-count')).body, { count: 1 });

      const read = await zhangsan.post<Message>(`/api/v1/me/messages/${id}/read`);
      assert.equal(read.status, 200, read.raw);
      assert.ok(read.body.readAt);
      assert.deepEqual((await zhangsan.get('/api/v1/me/messages/unread-count')).body, { count: 0 });
      const again = await zhangsan.post<Message>(`/api/v1/me/messages/${id}/read`);
      assert.equal(again.body.readAt, read.body.readAt, 'reading again keeps the first reading time');
    });

    test('an SMS the gateway refuses is retried with backoff and then sent once', async () => {
      const mailsBefore = mail.received.length;
      const callsBefore = sms.calls.length;
      sms.state.failNext = 1;
      const id = await send(
        message({
          template: 'case.step_started',
          params: {
            caseNumber: 'TB330106202699999',
            itemName: '食品经营许可证核发',
            stepName: '现场核查',
          },
        }),
      );
      const first = await app.tongban.platform.jobs.runDue();
      assert.deepEqual([first.succeeded, first.failed], [1, 1], 'mail went, SMS failed');

      let smsDelivery = (await deliveriesOf(id)).find((d) => d.channel === 'sms')!;
      assert.equal(smsDelivery.status, 'pending');
      assert.equal(smsDelivery.attempts, 1);
      assert.match(smsDelivery.last_error ?? '', /answered 500/);
      assert.match(smsDelivery.last_error ?? '', /no route to 138\*\*\*\*0001/);
      const job = await jobOf(smsDelivery.id);
      assert.equal(job.status, 'pending');
      assert.ok(job.due_at > job.updated_at, 'the retry waits for its backoff');
      assert.ok(!(job.last_error ?? '').includes('13800000001'));
      assert.ok(!app.logs.join('\n').includes('no route to 13800000001'), 'the log has the number masked');

      await app.tongban.platform.db
        .updateTable('jobs')
        .set({ due_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', job.id)
        .execute();
      const second = await app.tongban.platform.jobs.runDue();
      assert.deepEqual([second.succeeded, second.failed], [1, 0]);

      smsDelivery = (await deliveriesOf(id)).find((d) => d.channel === 'sms')!;
      assert.deepEqual([smsDelivery.status, smsDelivery.attempts, smsDelivery.last_error], ['sent', 2, null]);
      const calls = sms.calls.slice(callsBefore);
      assert.deepEqual(
        calls.map((c) => c.answered),
        [500, 200],
      );
      assert.ok(calls[1]!.body.text.includes('已进入“现场核查”环节'));
      assert.equal(mail.received.length, mailsBefore + 1, 'the mail was sent once, not again');
      assert.equal((await app.tongban.platform.jobs.runDue()).claimed, 0);
    });

    test('a rolled-back transaction leaves no message and no job; a missing parameter is refused', async () => {
      const before = await counts();
      await assert.rejects(
        inTransaction(app.tongban.platform.db, async (tx) => {
          await app.tongban.notify.send(tx, message());
          throw new Error('the case change failed');
        }),
        /the case change failed/,
      );
      await assert.rejects(
        send(message({ template: 'case.denied' })),
        /case\.denied lacks parameters: reason/,
      );
      assert.deepEqual(await counts(), before);
      assert.equal((await app.tongban.platform.jobs.runDue()).claimed, 0);
    });

    test('the inbox pages newest first', async () => {
      const sent = [];
      for (let i = 0; i < 3; i++) sent.push(await send(message()));
      const first = await zhangsan.get<Inbox>('/api/v1/me/messages?limit=2');
      assert.deepEqual(
        first.body.items.map((i) => i.id),
        [sent[2], sent[1]],
      );
      assert.ok(first.body.nextCursor);
      const second = await zhangsan.get<Inbox>(`/api/v1/me/messages?limit=2&cursor=${first.body.nextCursor}`);
      assert.equal(second.body.items[0]!.id, sent[0]);
      const all = await zhangsan.get<Inbox>('/api/v1/me/messages?limit=200');
      assert.equal(all.body.nextCursor, null);
      assert.deepEqual((await zhangsan.get('/api/v1/me/messages/unread-count')).body, { count: 4 });
      await app.tongban.platform.jobs.runDue();
    });

    test("another citizen can neither see nor mark 张三's messages; anonymous callers must log in", async () => {
      const id = await send(message());
      const unread = (await zhangsan.get<{ count: number }>('/api/v1/me/messages/unread-count')).body.count;
      assert.ok(unread >= 1);

      const theirs = await lisi.get<Inbox>('/api/v1/me/messages');
      assert.equal(theirs.status, 200);
      assert.deepEqual(theirs.body.items, []);
      assert.deepEqual((await lisi.get('/api/v1/me/messages/unread-count')).body, { count: 0 });
      for (const attempt of [
        () => lisi.get(`/api/v1/me/messages/${id}`),
        () => lisi.post(`/api/v1/me/messages/${id}/read`),
      ]) {
        const refused = await attempt();
        assert.equal(refused.status, 404, refused.raw);
        assert.match(String(refused.headers['content-type']), /application\/problem\+json/);
      }
      assert.deepEqual((await lisi.post('/api/v1/me/messages/read-all')).body, { marked: 0 });
      assert.deepEqual((await zhangsan.get('/api/v1/me/messages/unread-count')).body, { count: unread });
      assert.equal((await zhangsan.get<Message>(`/api/v1/me/messages/${id}`)).body.readAt, null);

      const anonymous = app.client();
      for (const url of [
        '/api/v1/me/messages',
        '/api/v1/me/messages/unread-count',
        `/api/v1/me/messages/${id}`,
      ]) {
        assert.equal((await anonymous.get(url)).status, 401, url);
      }
      assert.equal((await anonymous.post(`/api/v1/me/messages/${id}/read`)).status, 401);

      const all = await zhangsan.post<{ marked: number }>('/api/v1/me/messages/read-all');
      assert.deepEqual(all.body, { marked: unread });
      assert.deepEqual((await zhangsan.get('/api/v1/me/messages/unread-count')).body, { count: 0 });
      await app.tongban.platform.jobs.runDue();
    });
  });
}
