import type { Appointment, TimeSlot, User } from '../../api/generated/prisma/client.js';
import { builder } from '../builder.js';
import { AppointmentRef } from './appointment.js';
import { assertSlotWindow, slotWindowComplexity } from './time-slot.js';

type ProviderSlotShape = TimeSlot & { appointments: (Appointment & { user: User })[] };

const ProviderSlotRef = builder.objectRef<ProviderSlotShape>('ProviderSlot').implement({
  description: "A slot as the provider sees it: its state and, when booked, the appointment.",
  fields: (t) => ({
    id: t.exposeID('id'),
    startTime: t.expose('startTime', { type: 'DateTime' }),
    endTime: t.expose('endTime', { type: 'DateTime' }),
    isBlocked: t.exposeBoolean('isBlocked'),
    isBusyInCalendar: t.exposeBoolean('isBusyInCalendar', { description: "Overlaps an event in the provider's Google Calendar." }),
    appointment: t.field({ type: AppointmentRef, nullable: true, resolve: (slot) => slot.appointments[0] ?? null }),
  }),
});

builder.queryField('providerSlots', (t) =>
  t.field({
    type: [ProviderSlotRef],
    complexity: slotWindowComplexity,
    description: 'Provider only: every slot starting in [from, to) (at most 62 days), booked, blocked or free.',
    authScopes: { provider: true },
    args: { from: t.arg({ type: 'DateTime', required: true }), to: t.arg({ type: 'DateTime', required: true }) },
    resolve: (_root, { from, to }, context) => {
      assertSlotWindow(from, to);
      return context.prisma.timeSlot.findMany({
        where: { startTime: { gte: from, lt: to } },
        include: { appointments: { where: { status: { not: 'CANCELLED' } }, include: { user: true }, take: 1 } },
        orderBy: { startTime: 'asc' },
      });
    },
  }),
);
