import type { PrismaClient } from '../db/prisma.js';
import { MailDeliveryError, type MailTransport } from '../email/mail-transport.js';
import { renderAppointmentEmail } from '../email/render-appointment-email.js';
import type { Logger } from '../logger.js';
import { nextAttemptAfter, type RetryPolicy } from './retry-policy.js';

export interface DeliveryDeps {
  prisma: PrismaClient;
  transport: MailTransport;
  logger: Logger;
  now(): Date;
  appUrl: string;
  providerEmail: string;
  retry: RetryPolicy;
  /** How long a worker may hold a notification before another may take it over. */
  claimMs: number;
}

const BATCH = 20;

/**
 * Sends every notification that is due, claiming rows so that several workers never send
 * the same one at once, and a crashed worker's rows are picked up after its claim expires.
 * Returns the earliest instant at which a queued notification becomes due, if any.
 */
export async function deliverDueNotifications(deps: DeliveryDeps): Promise<{ sent: number; nextDueAt: Date | null }> {
  let sent = 0;
  for (;;) {
    const claimed = await claimDue(deps);
    if (claimed.length === 0) break;
    for (const id of claimed) if (await deliverOne(deps, id)) sent++;
  }
  // A row held by another worker becomes available when that worker's claim runs out.
  const [next] = await deps.prisma.$queryRaw<{ at: Date | null }[]>`
    SELECT min(greatest("nextAttemptAt", coalesce("claimedUntil", "nextAttemptAt"))) AS at
    FROM "Notification" WHERE status = 'QUEUED'`;
  return { sent, nextDueAt: next?.at ?? null };
}

async function claimDue(deps: DeliveryDeps): Promise<string[]> {
  const now = deps.now();
  const rows = await deps.prisma.$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET "claimedUntil" = ${new Date(now.getTime() + deps.claimMs)}, "updatedAt" = now()
    WHERE id IN (
      SELECT id FROM "Notification"
      WHERE status = 'QUEUED' AND "nextAttemptAt" <= ${now} AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now})
      ORDER BY "nextAttemptAt" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return rows.map((row) => row.id);
}

async function deliverOne(deps: DeliveryDeps, id: string): Promise<boolean> {
  const { prisma } = deps;
  const notification = await prisma.notification.findUniqueOrThrow({
    where: { id },
    include: { appointment: { include: { user: true } } },
  });
  const suppressed = await prisma.emailSuppression.findUnique({ where: { email: notification.recipientEmail.toLowerCase() } });
  if (suppressed) {
    await prisma.notification.update({
      where: { id },
      data: { status: 'SUPPRESSED', claimedUntil: null, lastError: `Not sent: the address ${suppressed.reason}.` },
    });
    return false;
  }
  const { appointment } = notification;
  const [provider, settings] = await Promise.all([
    prisma.user.findUnique({ where: { email: deps.providerEmail } }),
    prisma.providerSettings.findUnique({ where: { id: 1 } }),
  ]);
  const providerTimezone = provider?.timezone ?? settings?.timezone ?? 'Europe/Luxembourg';
  const forProvider = notification.recipientRole === 'PROVIDER';
  const message = await renderAppointmentEmail({
    kind: notification.kind,
    forProvider,
    recipient: forProvider
      ? { name: provider?.name ?? 'there', timezone: providerTimezone }
      : { name: appointment.user.name, timezone: appointment.user.timezone },
    client: { name: appointment.user.name, email: appointment.user.email },
    provider: {
      name: settings?.displayName ?? provider?.name ?? 'your consultant',
      email: settings?.contactEmail ?? deps.providerEmail,
      contact: [settings?.contactEmail, settings?.phone, settings?.website].filter(Boolean).join(' · ') || null,
    },
    appointment,
    appUrl: deps.appUrl,
  });
  try {
    const { messageId } = await deps.transport.send({ ...message, to: notification.recipientEmail, idempotencyKey: notification.id });
    await prisma.notification.update({
      where: { id },
      data: {
        status: 'SENT',
        sentAt: deps.now(),
        attempts: { increment: 1 },
        claimedUntil: null,
        lastError: null,
        transport: deps.transport.name,
        providerMessageId: messageId,
        subject: message.subject,
        html: message.html,
        text: message.text,
      },
    });
    return true;
  } catch (error) {
    const attempts = notification.attempts + 1;
    const permanent = error instanceof MailDeliveryError && error.permanent;
    const retryAt = permanent ? null : nextAttemptAfter(attempts, deps.now(), deps.retry);
    deps.logger.warn({ notificationId: id, attempts, retryAt, err: (error as Error).message }, 'e-mail delivery failed');
    await prisma.notification.update({
      where: { id },
      data: {
        status: retryAt ? 'QUEUED' : 'FAILED',
        attempts,
        nextAttemptAt: retryAt ?? notification.nextAttemptAt,
        claimedUntil: null,
        lastError: (error as Error).message.slice(0, 500),
        transport: deps.transport.name,
        subject: message.subject,
      },
    });
    return false;
  }
}
