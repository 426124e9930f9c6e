import path from 'node:path';

/** Every setting Tongban reads, all from environment variables (documented in README.md). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** SQLite `synchronous` pragma: FULL survives power loss, NORMAL only process crashes. */
  sqliteSynchronous: 'FULL' | 'NORMAL';
  masterKey: string | null;
  masterKeyFile: string | null;
  fieldCipher: 'aes-256-gcm' | 'sm4';
  /** Signature algorithm of the node key and of new seal keys unless a department says otherwise. */
  signatureAlgorithm: 'ed25519' | 'sm2';
  smtpUrl: string | null;
  /** Sender of notification mail. */
  smtpFrom: string;
  smsGatewayUrl: string | null;
  /** Bearer token sent to the SMS gateway, when it wants one. */
  smsGatewayToken: string | null;
  logLevel: string;
  sessionTtlHours: number;
  secureCookies: boolean;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginRateLimitPerMinute: number;
  jobsPollMs: number;
  /** Run the background job runner in this process. */
  jobsEnabled: boolean;
  bodyLimitBytes: number;
  instanceId: string;
  /** Working days staff have to accept or notify before a case counts as accepted (行政许可法 art. 32). */
  acceptanceDays: number;
  /** Share of a step's time budget (percent) after which its task turns yellow. */
  deadlineWarnPercent: number;
  /** Public base URL printed in notices' QR codes (the case check page). */
  publicUrl: string;
  /** How long a 亮证 QR code (a licence presentation) verifies, in minutes. */
  presentationMinutes: number;
}

export type Env = Record<string, string | undefined>;

function intOf(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

export function loadConfig(env: Env = process.env): Config {
  const dataDir = path.resolve(env.TONGBAN_DATA_DIR || './var');
  return {
    port: intOf(env, 'PORT', 3000),
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || null,
    sqliteSynchronous: oneOf(env, 'TONGBAN_SQLITE_SYNCHRONOUS', ['FULL', 'NORMAL'], 'FULL'),
    masterKey: env.TONGBAN_MASTER_KEY || null,
    masterKeyFile: env.TONGBAN_MASTER_KEY_FILE || null,
    fieldCipher: oneOf(env, 'TONGBAN_FIELD_CIPHER', ['aes-256-gcm', 'sm4'], 'aes-256-gcm'),
    signatureAlgorithm: oneOf(env, 'TONGBAN_SIGNATURE_ALGORITHM', ['ed25519', 'sm2'], 'ed25519'),
    smtpUrl: env.SMTP_URL || null,
    smtpFrom: env.SMTP_FROM || '通办 <noreply@tongban.local>',
    smsGatewayUrl: env.SMS_GATEWAY_URL || null,
    smsGatewayToken: env.SMS_GATEWAY_TOKEN || null,
    logLevel: env.LOG_LEVEL || 'info',
    sessionTtlHours: intOf(env, 'TONGBAN_SESSION_TTL_HOURS', 12),
    secureCookies: env.TONGBAN_SECURE_COOKIES === 'true',
    loginMaxFailures: intOf(env, 'TONGBAN_LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: intOf(env, 'TONGBAN_LOGIN_LOCK_MINUTES', 15),
    loginRateLimitPerMinute: intOf(env, 'TONGBAN_LOGIN_RATE_PER_MINUTE', 30),
    jobsPollMs: intOf(env, 'TONGBAN_JOBS_POLL_MS', 1000),
    jobsEnabled: env.TONGBAN_JOBS !== 'off',
    bodyLimitBytes: intOf(env, 'TONGBAN_BODY_LIMIT_BYTES', 1024 * 1024),
    acceptanceDays: intOf(env, 'TONGBAN_ACCEPTANCE_DAYS', 5),
    deadlineWarnPercent: intOf(env, 'TONGBAN_DEADLINE_WARN_PERCENT', 80),
    presentationMinutes: Math.max(1, intOf(env, 'TONGBAN_PRESENTATION_MINUTES', 5)),
    publicUrl: (env.TONGBAN_PUBLIC_URL || `http://localhost:${intOf(env, 'PORT', 3000)}`).replace(/\/+$/, ''),
    instanceId: env.TONGBAN_INSTANCE_ID || `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
  };
}
