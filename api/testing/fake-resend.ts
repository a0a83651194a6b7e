import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEmail {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string | string[];
  subject: string;
  html: string;
  text: string;
  attachments?: { filename: string; content: string; content_type?: string; contentType?: string }[];
}

/**
 * A stand-in for the Resend API (POST /emails) that the real SDK talks to. Like Resend, it
 * answers a repeated Idempotency-Key with the first result instead of sending again. It can
 * fail or stall the next requests to exercise retries.
 */
export async function startFakeResend() {
  const byKey = new Map<string, ReceivedEmail>();
  const delivered: ReceivedEmail[] = [];
  const requests: { idempotencyKey: string | null }[] = [];
  const plan: ('fail' | 'stall' | 'reject')[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/emails') {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'not faked' }));
        return;
      }
      const idempotencyKey = (request.headers['idempotency-key'] as string | undefined) ?? null;
      requests.push({ idempotencyKey });
      const step = plan.shift();
      if (step === 'stall') return; // never answers: the client must time out
      if (step === 'fail') {
        response.writeHead(503, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ name: 'application_error', message: 'Service unavailable', statusCode: 503 }));
        return;
      }
      if (step === 'reject') {
        response.writeHead(422, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ name: 'validation_error', message: 'Invalid `to` field', statusCode: 422 }));
        return;
      }
      const known = idempotencyKey ? byKey.get(idempotencyKey) : undefined;
      const email = known ?? { id: randomUUID(), idempotencyKey, ...(JSON.parse(body) as Omit<ReceivedEmail, 'id' | 'idempotencyKey'>) };
      if (!known) {
        delivered.push(email);
        if (idempotencyKey) byKey.set(idempotencyKey, email);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: email.id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** E-mails actually sent, once each. */
    delivered,
    requests,
    /** What the next requests should meet, in order; afterwards requests succeed. */
    plan(...steps: ('fail' | 'stall' | 'reject')[]) {
      plan.push(...steps);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
