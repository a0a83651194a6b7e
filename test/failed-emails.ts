import type { PrismaClient } from '../api/db/prisma.js';
import type { DeliveryStatus } from '../api/generated/prisma/client.js';

/** An appointment with one e-mail in each of the given states; returns the e-mails' ids in order. */
export async function emailsInStates(prisma: PrismaClient, statuses: readonly DeliveryStatus[]): Promise<string[]> {
  // One appointment an hour, after those made before, so that slots never collide.
  const earlier = await prisma.timeSlot.count();
  const user = await prisma.user.create({ data: { email: `client-${earlier}@example.com`, name: 'Alex' } });
  const startTime = new Date(Date.UTC(2030, 0, 7, 8) + earlier * 3_600_000);
  const slot = await prisma.timeSlot.create({ data: { startTime, endTime: new Date(startTime.getTime() + 1_800_000) } });
  const appointment = await prisma.appointment.create({ data: { userId: user.id, slotId: slot.id, startTime, endTime: slot.endTime } });
  const ids: string[] = [];
  for (const status of statuses) {
    const email = await prisma.notification.create({
      data: {
        appointmentId: appointment.id,
        kind: 'BOOKING_CONFIRMED',
        recipientRole: 'CLIENT',
        recipientEmail: user.email,
        status,
        dueAt: startTime,
        nextAttemptAt: startTime,
        appointmentStart: startTime,
        attempts: 3,
        lastError: status === 'FAILED' ? 'Resend answered 500' : null,
        subject: 'Your booking',
        text: 'See you then.',
      },
    });
    ids.push(email.id);
  }
  return ids;
}
