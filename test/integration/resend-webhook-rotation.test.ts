import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { svixHeaders } from '../svix-signature.js';
import { startTestServer, type TestServer } from '../test-server.js';

const secret = () => `whsec_${randomBytes(24).toString('base64')}`;
const OLD_SECRET = secret();
const NEW_SECRET = secret();

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { RESEND_WEBHOOK_SECRET: NEW_SECRET, RESEND_WEBHOOK_SECRET_PREVIOUS: OLD_SECRET } });
});
afterAll(() => server?.stop());

async function deliver(signingSecret: string, address: string): Promise<number> {
  const payload = JSON.stringify({
    type: 'email.bounced',
    created_at: new Date().toISOString(),
    data: { to: [address], bounce: { message: 'No such mailbox' } },
  });
  const response = await fetch(`${server.url}/webhooks/resend`, { method: 'POST', body: payload, headers: svixHeaders(signingSecret, payload) });
  return response.status;
}

describe('switching the Resend webhook secret', () => {
  it('accepts bounces signed with the new or the previous secret, and nothing else', async () => {
    expect(await deliver(OLD_SECRET, 'old-endpoint@example.com')).toBe(200);
    expect(await deliver(NEW_SECRET, 'new-endpoint@example.com')).toBe(200);
    expect(await deliver(secret(), 'forged@example.com')).toBe(401);
    const suppressed = await server.app.services.prisma.emailSuppression.findMany({ orderBy: { email: 'asc' } });
    expect(suppressed.map((row) => row.email)).toEqual(['new-endpoint@example.com', 'old-endpoint@example.com']);
  });
});
