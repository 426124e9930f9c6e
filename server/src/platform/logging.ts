import pino, { type Logger } from 'pino';
import { maskIdNumbersInText } from '../modules/identity/id-number.ts';
import { maskMobilesInText } from '../modules/identity/validation.ts';

const maskText = (text: string) => maskMobilesInText(maskIdNumbersInText(text));

/** Masks any ID number and mobile in a log value, however it got there (messages, errors, objects). */
function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: maskText(value.message),
      stack: maskText(value.stack ?? ''),
    };
  }
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  // Only plain objects are walked; requests, streams and the like go through their serializers.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, depth + 1);
  return out;
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'tongban' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: {
        req: (req: { method?: string; url?: string; ip?: string }) => ({
          method: req.method,
          url: maskText(req.url ?? ''),
          ip: req.ip,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: pino.stdSerializers.err,
      },
      redact: {
        paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'password', '*.password'],
        censor: '[redacted]',
      },
      formatters: { log: (object) => maskDeep(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => maskDeep(a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
