import type { PrismaClient } from '../db/prisma.js';
import { icsAttachment, renderAppointmentEmail, type EmailMessage } from '../email/render-appointment-email.js';
import type { Appointment, Notification, User } from '../generated/prisma/client.js';
import { calendarOrganizer } from '../settings/calendar-organizer.js';

export type NotificationToSend = Notification & { appointment: Appointment & { user: User } };

/**
 * The e-mail of a notification, rendered at its first attempt and stored on the row; every retry
 * sends exactly these bytes, as the Idempotency-Key requires. Null when the run lost its claim.
 */
export async function renderedEmail(
  deps: { prisma: PrismaClient; appUrl: string; providerEmail: string },
  notification: NotificationToSend,
  token: string,
  now: Date,
): Promise<EmailMessage | null> {
  if (notification.renderedAt) return storedEmail(notification);
  const message = await render(deps, notification);
  const { count } = await deps.prisma.notification.updateMany({
    where: { id: notification.id, claimToken: token, status: 'QUEUED', renderedAt: null },
    data: { subject: message.subject, html: message.html, text: message.text, ics: message.attachments[0]?.content ?? null, renderedAt: now },
  });
  return count === 1 ? message : null;
}

function storedEmail(notification: Notification): EmailMessage {
  return {
    subject: notification.subject ?? '',
    html: notification.html ?? '',
    text: notification.text ?? '',
    attachments: notification.ics ? [icsAttachment(notification.kind, notification.ics)] : [],
  };
}

async function render(deps: { prisma: PrismaClient; appUrl: string; providerEmail: string }, notification: NotificationToSend): Promise<EmailMessage> {
  const { appointment } = notification;
  const [provider, settings] = await Promise.all([
    deps.prisma.user.findUnique({ where: { email: deps.providerEmail } }),
    deps.prisma.providerSettings.findUnique({ where: { id: 1 } }),
  ]);
  // The provider reads the practice's zone, the one their hours and pages use, whatever their own account holds.
  const providerTimezone = settings?.timezone ?? provider?.timezone ?? 'Europe/Luxembourg';
  const forProvider = notification.recipientRole === 'PROVIDER';
  return renderAppointmentEmail({
    kind: notification.kind,
    forProvider,
    recipient: forProvider
      ? { name: provider?.name ?? 'there', timezone: providerTimezone }
      : { name: appointment.user.name, timezone: appointment.user.timezone },
    client: { name: appointment.user.name, email: appointment.user.email },
    provider: {
      ...calendarOrganizer(settings, provider, deps.providerEmail),
      contact: [settings?.contactEmail, settings?.phone, settings?.website].filter(Boolean).join(' · ') || null,
      location: settings?.location ?? null,
    },
    appointment,
    appUrl: deps.appUrl,
    // The queueing time, not the sending time: a retry renders nothing new.
    issuedAt: notification.createdAt,
  });
}
