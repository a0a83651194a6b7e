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

/**
 * Readable lines only for a person at a terminal outside production. Production always writes JSON lines
 * (log collectors parse them, and pino-pretty is a development dependency); so does any process whose
 * output goes to a pipe or a file.
 */
export function shouldPrettyPrint(nodeEnv: string, stdoutIsTerminal: boolean | undefined): boolean {
  return nodeEnv !== 'production' && stdoutIsTerminal === true;
}

/** JSON lines for machines; readable colour lines for a person at a terminal in development. */
export function createLogger(level: string, options: { pretty?: boolean; destination?: { write(line: string): void } } = {}): Logger {
  const transport = options.pretty
    ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' } }
    : undefined;
  const settings = { level, redact, base: { service: 'slotline-api' }, transport };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
