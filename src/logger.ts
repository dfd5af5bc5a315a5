/** The one logger. JSON lines to stdout (pino); personal data is never logged on purpose. */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'vigil'): Logger {
  return pino({
    name,
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password', 'key', '*.email'], censor: '[redacted]' },
  });
}
