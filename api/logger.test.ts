import { describe, expect, it } from 'vitest';
import { createLogger, shouldPrettyPrint } from './logger.js';

describe('log format', () => {
  it('is readable only for a person at a terminal outside production', () => {
    expect(shouldPrettyPrint('development', true)).toBe(true);
    expect(shouldPrettyPrint('test', true)).toBe(true);
    expect(shouldPrettyPrint('production', true)).toBe(false);
    expect(shouldPrettyPrint('development', false)).toBe(false);
    expect(shouldPrettyPrint('development', undefined)).toBe(false);
  });

  it('writes one JSON object a line, with secrets redacted', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { destination: { write: (line) => void lines.push(line) } });
    logger.child({ reqId: 'req-1' }).info({ req: { headers: { authorization: 'Bearer secret-token' } }, databaseUrl: 'postgresql://u:pw@db/x' }, 'hello');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, msg: 'hello', reqId: 'req-1', service: 'slotline-api', databaseUrl: '[redacted]' });
    expect(lines[0]).not.toContain('secret-token');
    expect(lines[0]).not.toContain('pw@db');
  });
});
