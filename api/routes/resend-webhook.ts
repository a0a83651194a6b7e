import type { IncomingMessage, ServerResponse } from 'node:http';
import { Resend } from 'resend';
import type { PrismaClient } from '../db/prisma.js';
import type { Logger } from '../logger.js';
import { readBody } from './read-body.js';

interface ResendEvent {
  type: string;
  data?: { email_id?: string; to?: string[] | string; bounce?: { message?: string } };
}

/**
 * Resend's delivery events, signed with svix. A bounce or complaint marks the e-mail and
 * suppresses the address, so it is never mailed again.
 */
export function resendWebhook(deps: { prisma: PrismaClient; logger: Logger; secret: string }) {
  const verifier = new Resend('re_webhook_verification_only');
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.method !== 'POST') return reply(405, { error: 'POST only' });
    const payload = await readBody(request);
    if (payload === null) return reply(413, { error: 'too large' });
    let event: ResendEvent;
    try {
      event = verifier.webhooks.verify({
        payload,
        headers: {
          id: String(request.headers['svix-id'] ?? ''),
          timestamp: String(request.headers['svix-timestamp'] ?? ''),
          signature: String(request.headers['svix-signature'] ?? ''),
        },
        webhookSecret: deps.secret,
      }) as ResendEvent;
    } catch {
      return reply(401, { error: 'invalid signature' });
    }
    if (event.type === 'email.bounced' || event.type === 'email.complained') {
      await recordUndeliverable(deps, event);
    }
    reply(200, { ok: true });
  };
}

async function recordUndeliverable(deps: { prisma: PrismaClient; logger: Logger }, event: ResendEvent): Promise<void> {
  const messageId = event.data?.email_id;
  const notification = messageId ? await deps.prisma.notification.findUnique({ where: { providerMessageId: messageId } }) : null;
  const recipients = notification ? [notification.recipientEmail] : [event.data?.to ?? []].flat();
  const reason = event.type === 'email.bounced' ? `bounced (${event.data?.bounce?.message ?? 'no reason given'})` : 'was reported as spam';
  if (notification) {
    await deps.prisma.notification.update({ where: { id: notification.id }, data: { status: 'BOUNCED', lastError: `The address ${reason}.` } });
  }
  for (const email of recipients) {
    await deps.prisma.emailSuppression.upsert({ where: { email: email.toLowerCase() }, create: { email: email.toLowerCase(), reason }, update: { reason } });
  }
  deps.logger.info({ messageId, type: event.type }, 'recorded an undeliverable e-mail');
}
