import { z } from 'zod';
import { announceAppointmentChange } from '../../api/appointments/announce-change.js';
import { isConflictError } from '../../api/db/database-errors.js';
import { queueNotifications } from '../../api/notifications/queue-notifications.js';
import { isOpenForBooking } from '../../api/slots/slot-view.js';
import { bookingWindow, outsideWindow } from '../../api/domain/booking-window.js';
import { builder } from '../builder.js';
import { selectingSomething } from '../prisma-query.js';
import { SlotUnavailableError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { optionalParagraph, recordId } from '../inputs.js';
import { appointmentResult } from './appointment-result.js';
import { guardClientQuota } from './client-quota-guard.js';

const BookAppointmentInput = builder.inputType('BookAppointmentInput', {
  fields: (t) => ({
    slotId: t.id({ required: true }),
    notes: t.string({ required: false, description: 'At most 2000 characters.' }),
  }),
  validate: z.strictObject({
    slotId: recordId('The slot'),
    notes: optionalParagraph('Notes', 2000),
  }),
});

builder.mutationField('bookAppointment', (t) =>
  t.prismaField({
    type: 'Appointment',
    authScopes: { signedIn: true },
    errors: appointmentResult('BookAppointment', [SlotUnavailableError, ValidationError, UnauthenticatedError]),
    args: { input: t.arg({ type: BookAppointmentInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = args.input;
      const client = context.viewer!.user;
      const now = context.now();
      const rules = await context.rules.get();
      try {
        const { slot, appointment } = await context.prisma.$transaction(async (tx) => {
          const record = await guardClientQuota(tx, context, { clientId: client.id, kind: 'BOOKED', now });
          const slot = await tx.timeSlot.findUnique({ where: { id: input.slotId } });
          if (!slot || !isOpenForBooking(slot, now)) throw new SlotUnavailableError();
          const tooSoonOrFar = outsideWindow(slot.startTime, bookingWindow(now, rules), rules);
          if (tooSoonOrFar) throw new SlotUnavailableError(tooSoonOrFar);
          // The partial unique index on (slotId) WHERE status = 'SCHEDULED' settles races.
          const created = await tx.appointment.create({
            ...selectingSomething(query),
            data: {
              userId: client.id,
              slotId: slot.id,
              startTime: slot.startTime,
              endTime: slot.endTime,
              notes: input.notes,
            },
          });
          await record(created.id);
          await queueNotifications(tx, 'BOOKED', { id: created.id, startTime: slot.startTime, clientEmail: client.email }, context.providerEmail, now);
          return { slot, appointment: created };
        });
        await context.slotChanges.announce([slot]);
        await announceAppointmentChange(context, appointment.id);
        return appointment;
      } catch (error) {
        if (isConflictError(error)) throw new SlotUnavailableError();
        throw error;
      }
    },
  }),
);
