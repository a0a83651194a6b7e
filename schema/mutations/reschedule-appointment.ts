import { z } from 'zod';
import { announceAppointmentChange } from '../../api/appointments/announce-change.js';
import { findChangeableAppointment } from '../../api/appointments/find-changeable-appointment.js';
import { queueNotifications } from '../../api/notifications/queue-notifications.js';
import { isConflictError } from '../../api/db/database-errors.js';
import { isOpenForBooking } from '../../api/slots/slot-view.js';
import { bookingWindow, outsideWindow } from '../../api/domain/booking-window.js';
import { actorOf } from '../../api/auth/policies.js';
import { builder } from '../builder.js';
import { selectingSomething } from '../prisma-query.js';
import {
  CancellationClosedError,
  NotFoundError,
  SlotUnavailableError,
  UnauthenticatedError,
  ValidationError,
} from '../error-classes.js';
import { recordId } from '../inputs.js';
import { parseInput } from '../validation.js';
import { changeableOrThrow } from './appointment-change-errors.js';
import { appointmentResult } from './appointment-result.js';
import { guardClientQuota } from './client-quota-guard.js';

const RescheduleAppointmentInput = builder.inputType('RescheduleAppointmentInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    slotId: t.id({ required: true, description: 'The free slot to move to.' }),
  }),
});

const rescheduleSchema = z.object({ id: recordId('The appointment'), slotId: recordId('The slot') });

builder.mutationField('rescheduleAppointment', (t) =>
  t.prismaField({
    type: 'Appointment',
    authScopes: { $any: { signedIn: true, apiScope: 'appointments:write' } },
    errors: appointmentResult('RescheduleAppointment', [
      NotFoundError,
      SlotUnavailableError,
      CancellationClosedError,
      ValidationError,
      UnauthenticatedError,
    ]),
    args: { input: t.arg({ type: RescheduleAppointmentInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(rescheduleSchema, args.input);
      const now = context.now();
      const current = changeableOrThrow(
        await findChangeableAppointment(context.prisma, actorOf(context), input.id, now),
      );
      if (current.slotId === input.slotId) {
        throw new ValidationError([{ path: 'input.slotId', message: 'The appointment is already in this slot.' }]);
      }
      const rules = await context.rules.get();
      try {
        const target = await context.prisma.$transaction(async (tx) => {
          const record = await guardClientQuota(tx, context, { clientId: current.clientId, kind: 'RESCHEDULED', now });
          const slot = await tx.timeSlot.findUnique({ where: { id: input.slotId } });
          if (!slot || !isOpenForBooking(slot, now)) throw new SlotUnavailableError();
          const tooSoonOrFar = outsideWindow(slot.startTime, bookingWindow(now, rules), rules);
          if (tooSoonOrFar) throw new SlotUnavailableError(tooSoonOrFar);
          const { count } = await tx.appointment.updateMany({
            where: { id: current.id, status: 'SCHEDULED', slotId: current.slotId },
            data: { slotId: slot.id, startTime: slot.startTime, endTime: slot.endTime, revision: { increment: 1 } },
          });
          if (count === 0) {
            throw new ValidationError([{ path: 'input.id', message: 'This appointment changed a moment ago; reload it.' }]);
          }
          await record(current.id);
          await queueNotifications(tx, 'RESCHEDULED', { id: current.id, startTime: slot.startTime, clientEmail: current.clientEmail }, context.providerEmail, now);
          return slot;
        });
        await context.slotChanges.announce([{ id: current.slotId, startTime: current.startTime, endTime: current.endTime }, target]);
        await announceAppointmentChange(context, current.id);
      } catch (error) {
        if (isConflictError(error)) throw new SlotUnavailableError();
        throw error;
      }
      return context.prisma.appointment.findUniqueOrThrow({ ...selectingSomething(query), where: { id: current.id } });
    },
  }),
);
