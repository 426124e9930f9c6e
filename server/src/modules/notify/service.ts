import type { Actor } from '../../platform/auth/actor.ts';
import { authorize, can } from '../../platform/auth/policy.ts';
import type { Platform } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { problems } from '../../platform/errors.ts';
import { cursorPage } from '../../platform/http/pagination.ts';
import { newId, nowIso } from '../../platform/ids.ts';
import type { JobContext } from '../../platform/jobs/jobs.ts';
import type { IdentityService } from '../identity/service.ts';
import { createMailer, sendSms } from './channels.ts';
import { maskContactsInText, maskEmail, maskMobile } from './mask.ts';
import { notifyPolicy } from './policy.ts';
import * as store from './store.ts';
import type { NotifyChannel } from './tables.ts';
import { isTemplateKey, missingParams, render, type Lang, type TemplateKey } from './templates.ts';

export type { TemplateKey } from './templates.ts';

export interface NotifyMessage {
  /** Recipient: a person in identity. */
  personId: string;
  template: TemplateKey;
  /** Template parameters, e.g. { caseNumber, itemName, reason, dueDate, stepName }. */
  params: Record<string, string>;
  /** App path, e.g. /portal/cases/<id>. */
  link?: string;
  caseId?: string;
}

export interface MessageView {
  id: string;
  template: string;
  title: string;
  body: string;
  link: string | null;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** A delivery is attempted this many times in all before it is given up. */
export const MAX_DELIVERY_ATTEMPTS = 8;
const JOB_KIND: Record<NotifyChannel, string> = { email: 'notify.email', sms: 'notify.sms' };

function toView(row: store.MessageRow, lang: Lang): MessageView {
  return {
    id: row.id,
    template: row.template,
    title: lang === 'en' ? row.title_en : row.title_zh,
    body: lang === 'en' ? row.body_en : row.body_zh,
    link: row.link,
    caseId: row.case_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

function mailText(name: string, row: store.MessageRow): string {
  return [
    `${name}，您好：`,
    '',
    row.body_zh,
    '',
    '——',
    row.title_en,
    row.body_en,
    '',
    '通办 Tongban · 本邮件由系统自动发送，请勿回复。This message was sent automatically; please do not reply.',
  ].join('\n');
}

export function createNotifyService(platform: Platform, identity: IdentityService) {
  const { db, config, jobs } = platform;
  const mailer = config.smtpUrl ? createMailer(config.smtpUrl, config.smtpFrom) : null;

  /**
   * In the caller's transaction: writes the inbox message (rendered in both languages) and queues
   * one email and one SMS delivery when the person has that address and the channel is configured.
   * A template parameter that is missing throws, so the caller's transaction does not commit.
   */
  async function send(tx: Tx, message: NotifyMessage): Promise<string> {
    if (!isTemplateKey(message.template)) {
      throw new Error(`unknown notification template "${String(message.template)}"`);
    }
    const missing = missingParams(message.template, message.params);
    if (missing.length > 0) {
      throw new Error(`notification ${message.template} lacks parameters: ${missing.join(', ')}`);
    }
    const contact = await identity.contactOf(tx, message.personId);
    if (!contact) throw new Error(`notification recipient ${message.personId} is not a known person`);
    const zh = render(message.template, message.params, 'zh');
    const en = render(message.template, message.params, 'en');
    const id = newId();
    const now = nowIso();
    await store.insertMessage(tx, {
      id,
      person_id: message.personId,
      template: message.template,
      params: JSON.stringify(message.params),
      title_zh: zh.title,
      body_zh: zh.body,
      title_en: en.title,
      body_en: en.body,
      link: message.link ?? null,
      case_id: message.caseId ?? null,
      created_at: now,
      read_at: null,
    });
    const queue = async (channel: NotifyChannel, recipientMasked: string) => {
      const deliveryId = newId();
      await store.insertDelivery(tx, {
        id: deliveryId,
        message_id: id,
        channel,
        recipient_masked: recipientMasked,
        status: 'pending',
        attempts: 0,
        last_error: null,
        created_at: now,
        updated_at: now,
        sent_at: null,
      });
      // The payload names the delivery only: the address is looked up when it is sent, so no
      // copy of it sits in the jobs table.
      await jobs.enqueue(tx, {
        kind: JOB_KIND[channel],
        payload: { deliveryId },
        maxAttempts: MAX_DELIVERY_ATTEMPTS,
      });
    };
    if (config.smtpUrl && contact.email) await queue('email', maskEmail(contact.email));
    if (config.smsGatewayUrl && contact.mobile) await queue('sms', maskMobile(contact.mobile));
    return id;
  }

  async function deliver(channel: NotifyChannel, payload: unknown, context: JobContext): Promise<void> {
    const { deliveryId } = payload as { deliveryId: string };
    const delivery = await store.findDelivery(db, deliveryId);
    // Already sent (the job ran again after a crash) or given up: nothing to do.
    if (!delivery || delivery.status !== 'pending') return;
    const message = await store.findMessage(db, delivery.message_id);
    const contact = message ? await identity.contactOf(db, message.person_id) : null;
    const address = channel === 'email' ? contact?.email : contact?.mobile;
    if (!message || !contact || !address) {
      // The address was removed after the message was sent; retrying cannot help.
      await store.recordAttempt(db, deliveryId, {
        status: 'failed',
        attempts: context.attempt,
        error: 'the recipient no longer has an address for this channel',
      });
      return;
    }
    try {
      if (channel === 'email') {
        if (!mailer) throw new Error('SMTP_URL is not set');
        await mailer.send({ to: address, subject: message.title_zh, text: mailText(contact.name, message) });
      } else {
        if (!config.smsGatewayUrl) throw new Error('SMS_GATEWAY_URL is not set');
        await sendSms(config.smsGatewayUrl, config.smsGatewayToken, {
          to: address,
          text: `【通办】${message.body_zh}`,
          template: message.template,
        });
      }
    } catch (error) {
      // Providers echo addresses in their errors; this text goes to the log and two tables.
      const reason = maskContactsInText(error instanceof Error ? error.message : String(error)).slice(
        0,
        1000,
      );
      await store.recordAttempt(db, deliveryId, {
        status: context.attempt >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'pending',
        attempts: context.attempt,
        error: reason,
      });
      throw new Error(`${channel} delivery to ${delivery.recipient_masked} failed: ${reason}`);
    }
    await store.recordAttempt(db, deliveryId, { status: 'sent', attempts: context.attempt, error: null });
    context.log.info(
      { deliveryId, channel, to: delivery.recipient_masked, attempt: context.attempt },
      'notification delivered',
    );
  }

  jobs.register(JOB_KIND.email, (payload, context) => deliver('email', payload, context));
  jobs.register(JOB_KIND.sms, (payload, context) => deliver('sms', payload, context));

  /** The actor's own message, or 404: someone else's message is reported as missing. */
  async function ownMessage(actor: Actor, id: string) {
    authorize(notifyPolicy, 'useInbox', actor, null);
    const row = await store.findMessage(db, id);
    if (!row || !can(notifyPolicy, 'readMessage', actor, { personId: row.person_id })) {
      throw problems.notFound({ zh: '该消息', en: 'Message' });
    }
    return row;
  }

  async function inbox(actor: Actor, query: { lang: Lang; cursor?: string; limit: number }) {
    authorize(notifyPolicy, 'useInbox', actor, null);
    const rows = await store.messagesOf(db, actor.personId!, query.cursor, query.limit);
    const { page, nextCursor } = cursorPage(rows, query.limit, (row) => row.id);
    return { items: page.map((row) => toView(row, query.lang)), nextCursor };
  }

  async function unreadCount(actor: Actor): Promise<number> {
    authorize(notifyPolicy, 'useInbox', actor, null);
    return store.unreadCount(db, actor.personId!);
  }

  async function readMessage(actor: Actor, id: string, lang: Lang): Promise<MessageView> {
    return toView(await ownMessage(actor, id), lang);
  }

  async function markRead(actor: Actor, id: string, lang: Lang): Promise<MessageView> {
    await ownMessage(actor, id);
    await store.markRead(db, id, nowIso());
    return toView((await store.findMessage(db, id))!, lang);
  }

  /** Marks every unread message of the actor read; returns how many there were. */
  async function markAllRead(actor: Actor): Promise<number> {
    authorize(notifyPolicy, 'useInbox', actor, null);
    return store.markAllRead(db, actor.personId!, nowIso());
  }

  return { send, inbox, unreadCount, readMessage, markRead, markAllRead };
}

export type NotifyService = ReturnType<typeof createNotifyService>;
