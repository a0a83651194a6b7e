import { pino, type Logger } from 'pino';

export type { Logger };

// Tokens, API keys and connection strings must never reach the logs.
const redact = {
  paths: [
    'req.headers.authorization',
    'req.headers.cookie',
    'headers.authorization',
    'authorization',
    'token',
    '*.token',
    'password',
    '*.password',
    'databaseUrl',
    'redisUrl',
    'devTokenSecret',
  ],
  censor: '[redacted]',
};

export function createLogger(level: string): Logger {
  return pino({ level, redact, base: { service: 'slotline-api' } });
}
