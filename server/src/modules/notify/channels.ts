import nodemailer from 'nodemailer';

// The two outside channels. Each call either delivers or throws; retrying is the job queue's part.

export interface Mailer {
  send(mail: { to: string; subject: string; text: string }): Promise<void>;
}

/** Mail through the SMTP server of `SMTP_URL` (e.g. smtp://user:pass@host:587), one connection per mail. */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // A job must not hang for nodemailer's default minutes when the server does not answer.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      // Rejection of the (single) recipient or of the message throws.
      await transport.sendMail({ from, ...mail });
    },
  };
}

export const SMS_TIMEOUT_MS = 5000;

export interface SmsRequest {
  to: string;
  text: string;
  template: string;
}

/** POSTs one SMS to the gateway; anything but a 2xx answer within five seconds is a failure. */
export async function sendSms(gatewayUrl: string, token: string | null, sms: SmsRequest): Promise<void> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(sms),
    signal: AbortSignal.timeout(SMS_TIMEOUT_MS),
  });
  const answer = await response.text();
  if (!response.ok) {
    throw new Error(`the SMS gateway answered ${response.status}: ${answer.slice(0, 200)}`);
  }
}
