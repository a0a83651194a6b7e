import type { FastifyInstance } from 'fastify';
import { Resend } from 'resend';
import type { PrismaClient } from '../db/prisma.js';
import type { Logger } from '../logger.js';
import { HttpProblem } from '../http/problem.js';

const MAX_BODY_BYTES = 256 * 1024;

interface ResendEvent {
  type: string;
  data?: { email_id?: string; to?: string[] | string; bounce?: { message?: string } };
}

/**
 * Resend's delivery events, signed with svix. While the secret is being switched, a signature by
 * either of two secrets is accepted. A bounce or complaint marks the e-mail and
 * suppresses the address, so it is never mailed again. The signature covers the exact
 * bytes sent, so this route reads its body as text.
 */
export async function registerResendWebhook(app: FastifyInstance, deps: { prisma: PrismaClient; logger: Logger; secrets: readonly string[] }): Promise<void> {
  const verifier = new Resend('re_webhook_verification_only');
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_BODY_BYTES }, (_request, body, done) => done(null, body));
    scope.post<{ Body: string }>('/webhooks/resend', async (request, reply) => {
      const headers = {
        id: String(request.headers['svix-id'] ?? ''),
        timestamp: String(request.headers['svix-timestamp'] ?? ''),
        signature: String(request.headers['svix-signature'] ?? ''),
      };
      const event = deps.secrets.map((webhookSecret) => verified(verifier, request.body, headers, webhookSecret)).find(Boolean);
      if (!event) throw new HttpProblem(401, 'UNAUTHENTICATED', 'The webhook signature is not valid.');
      if (event.type === 'email.bounced' || event.type === 'email.complained') {
        await recordUndeliverable(deps, event);
      }
      return reply.send({ ok: true });
    });
  });
}

function verified(verifier: Resend, payload: string, headers: { id: string; timestamp: string; signature: string }, webhookSecret: string): ResendEvent | null {
  try {
    return verifier.webhooks.verify({ payload, headers, webhookSecret }) as ResendEvent;
  } catch {
    return null;
  }
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
