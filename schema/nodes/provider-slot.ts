import { builder } from '../builder.js';
import { AppointmentRef } from './appointment.js';
import { assertSlotWindow, slotWindowComplexity } from './time-slot.js';

const ProviderSlotRef = builder.prismaObject('TimeSlot', {
  variant: 'ProviderSlot',
  description: 'A slot as the provider sees it: its state and, when booked, the appointment.',
  authScopes: { provider: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    startTime: t.expose('startTime', { type: 'DateTime' }),
    endTime: t.expose('endTime', { type: 'DateTime' }),
    isBlocked: t.exposeBoolean('isBlocked'),
    isBusyInCalendar: t.exposeBoolean('isBusyInCalendar', { description: "Overlaps an event in the provider's Google Calendar." }),
    appointment: t.field({
      type: AppointmentRef,
      nullable: true,
      // Loaded with the slots, and only when asked for: at most one appointment holds a slot.
      select: (_args, _context, nestedSelection) => ({
        appointments: nestedSelection({ where: { status: { not: 'CANCELLED' } }, take: 1 }),
      }),
      resolve: (slot) => slot.appointments[0] ?? null,
    }),
  }),
});

builder.queryField('providerSlots', (t) =>
  t.prismaField({
    type: [ProviderSlotRef],
    complexity: slotWindowComplexity,
    description: 'Provider only: every slot starting in [from, to) (at most 62 days), booked, blocked or free.',
    authScopes: { provider: true },
    args: { from: t.arg({ type: 'DateTime', required: true }), to: t.arg({ type: 'DateTime', required: true }) },
    resolve: (query, _root, { from, to }, context) => {
      assertSlotWindow(from, to);
      return context.prisma.timeSlot.findMany({ ...query, where: { startTime: { gte: from, lt: to } }, orderBy: { startTime: 'asc' } });
    },
  }),
);
