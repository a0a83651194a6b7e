import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
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

export interface ReceivedRequest {
  idempotencyKey: string | null;
  /** The raw JSON body, as Resend compares it for a reused key. */
  body: string;
  subject: string;
  /** Date.now() when the request arrived. */
  at: number;
  /** The status answered; null while unanswered (held, stalled, or its answer lost). */
  status: number | null;
}

/**
 * What the next requests meet, in order: 'fail' (503), 'stall' (never processed nor answered: the client
 * must time out), 'reject' (422), 'lose-response' (accepted and sent, but the answer never comes), an
 * answer with a Retry-After header, or a normal answer after a delay.
 */
export type FakeResendStep = 'fail' | 'stall' | 'reject' | 'lose-response' | { status: 429 | 503; retryAfter: string } | { delayMs: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A stand-in for the Resend API (POST /emails) that the real SDK talks to, as strict as Resend about the
 * Idempotency-Key: a key is bound to the body of its first accepted request. The same key and body answer
 * the first result without sending again; another body is refused with 409 invalid_idempotent_request;
 * a key whose first request is still being processed is refused with 409 concurrent_idempotent_requests.
 */
export async function startFakeResend(options: { latencyMs?: number } = {}) {
  const accepted = new Map<string, { body: string; id: string }>();
  const processing = new Set<string>();
  const delivered: ReceivedEmail[] = [];
  const requests: ReceivedRequest[] = [];
  const plan: FakeResendStep[] = [];
  const held: (() => void)[] = [];
  const state = { holding: false, down: false, latencyMs: options.latencyMs ?? 0, inFlight: 0, maxInFlight: 0 };

  const answer = (response: ServerResponse, record: ReceivedRequest, status: number, body: unknown, headers: Record<string, string> = {}) => {
    record.status = status;
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  };
  const refusal = (name: string, message: string, statusCode: number) => ({ name, message, statusCode });

  async function handle(request: IncomingMessage, response: ServerResponse, body: string) {
    if (request.method !== 'POST' || request.url !== '/emails') {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'not faked' }));
      return;
    }
    const key = (request.headers['idempotency-key'] as string | undefined) ?? null;
    const record: ReceivedRequest = { idempotencyKey: key, body, subject: subjectOf(body), at: Date.now(), status: null };
    requests.push(record);
    if (key && processing.has(key)) {
      return answer(
        response,
        record,
        409,
        refusal('concurrent_idempotent_requests', 'Same idempotency key used while original request is still in progress.', 409),
      );
    }
    const first = key ? accepted.get(key) : undefined;
    if (first) {
      if (first.body === body) return answer(response, record, 200, { id: first.id });
      return answer(response, record, 409, refusal('invalid_idempotent_request', 'Same idempotency key used with a different request payload.', 409));
    }
    if (key) processing.add(key);
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    const finish = () => {
      if (key) processing.delete(key);
      state.inFlight--;
    };
    if (state.latencyMs > 0) await sleep(state.latencyMs);
    if (state.holding) await new Promise<void>((resolve) => held.push(resolve));
    const step = state.down ? 'fail' : plan.shift();
    if (typeof step === 'object' && 'delayMs' in step) await sleep(step.delayMs);
    if (step === 'stall') {
      // Never processed: the key is free again once the client gives up and closes the connection.
      response.once('close', finish);
      return;
    }
    finish();
    if (step === 'fail') return answer(response, record, 503, refusal('application_error', 'Service unavailable', 503));
    if (step === 'reject') return answer(response, record, 422, refusal('validation_error', 'Invalid `to` field', 422));
    if (typeof step === 'object' && 'status' in step) {
      const name = step.status === 429 ? 'rate_limit_exceeded' : 'application_error';
      return answer(response, record, step.status, refusal(name, 'Try again later', step.status), { 'retry-after': step.retryAfter });
    }
    const email: ReceivedEmail = { id: randomUUID(), idempotencyKey: key, ...(JSON.parse(body) as Omit<ReceivedEmail, 'id' | 'idempotencyKey'>) };
    delivered.push(email);
    if (key) accepted.set(key, { body, id: email.id });
    if (step === 'lose-response') return;
    answer(response, record, 200, { id: email.id });
  }

  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => void handle(request, response, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** E-mails actually sent, once each. */
    delivered,
    requests,
    plan(...steps: FakeResendStep[]) {
      plan.push(...steps);
    },
    /** Holds every request from now on, before processing it, until `release`. */
    hold() {
      state.holding = true;
    },
    release() {
      state.holding = false;
      for (const resume of held.splice(0)) resume();
    },
    get heldCount() {
      return held.length;
    },
    /** While down, every request answers 503. */
    setDown(down: boolean) {
      state.down = down;
    },
    /** The most requests ever processed at once. */
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const resume of held.splice(0)) resume();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function subjectOf(body: string): string {
  try {
    const subject = (JSON.parse(body) as { subject?: unknown }).subject;
    return typeof subject === 'string' ? subject : '';
  } catch {
    return '';
  }
}

/**
 * The .ics attached to an e-mail as a calendar program reads it: the attachment's MIME type, and its content
 * lines unfolded (RFC 5545 3.1), or null when the e-mail has none.
 */
export function calendarAttachment(email: ReceivedEmail): { contentType: string; lines: string[] } | null {
  const file = email.attachments?.find((attachment) => attachment.filename.endsWith('.ics'));
  if (!file) return null;
  const text = Buffer.from(file.content, 'base64').toString('utf8');
  return { contentType: file.content_type ?? file.contentType ?? '', lines: text.replace(/\r\n[ \t]/g, '').split('\r\n') };
}
