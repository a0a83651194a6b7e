import { z } from 'zod';
import { announceAppointmentChange } from '../../api/appointments/announce-change.js';
import { findChangeableAppointment } from '../../api/appointments/find-changeable-appointment.js';
import { queueNotifications } from '../../api/notifications/queue-notifications.js';
import { actorOf } from '../../api/auth/policies.js';
import { builder } from '../builder.js';
import { selectingSomething } from '../prisma-query.js';
import { CancellationClosedError, NotFoundError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { optionalParagraph, recordId } from '../inputs.js';
import { parseInput } from '../validation.js';
import { changeableOrThrow } from './appointment-change-errors.js';
import { appointmentResult } from './appointment-result.js';
import { guardClientQuota } from './client-quota-guard.js';

const CancelAppointmentInput = builder.inputType('CancelAppointmentInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    reason: t.string({ required: false, description: 'At most 500 characters.' }),
  }),
});

const cancelSchema = z.object({ id: recordId('The appointment'), reason: optionalParagraph('The reason', 500) });

builder.mutationField('cancelAppointment', (t) =>
  t.prismaField({
    type: 'Appointment',
    authScopes: { $any: { signedIn: true, apiScope: 'appointments:write' } },
    errors: appointmentResult('CancelAppointment', [
      NotFoundError,
      CancellationClosedError,
      ValidationError,
      UnauthenticatedError,
    ]),
    args: { input: t.arg({ type: CancelAppointmentInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(cancelSchema, args.input);
      const now = context.now();
      const appointment = changeableOrThrow(
        await findChangeableAppointment(context.prisma, actorOf(context), input.id, now),
      );
      await context.prisma.$transaction(async (tx) => {
        const record = await guardClientQuota(tx, context, { clientId: appointment.clientId, kind: 'CANCELLED', now });
        // Guarded by status so that two concurrent cancellations cannot both succeed.
        const { count } = await tx.appointment.updateMany({
          where: { id: appointment.id, status: 'SCHEDULED' },
          data: { status: 'CANCELLED', cancelReason: input.reason, cancelledAt: now, revision: { increment: 1 } },
        });
        if (count === 0) {
          throw new ValidationError([{ path: 'input.id', message: 'This appointment was cancelled a moment ago.' }]);
        }
        await record(appointment.id);
        await queueNotifications(tx, 'CANCELLED', { id: appointment.id, startTime: appointment.startTime, clientEmail: appointment.clientEmail }, context.providerEmail, now);
      });
      await context.slotChanges.announce([{ id: appointment.slotId, startTime: appointment.startTime, endTime: appointment.endTime }]);
      await announceAppointmentChange(context, appointment.id);
      return context.prisma.appointment.findUniqueOrThrow({ ...selectingSomething(query), where: { id: appointment.id } });
    },
  }),
);
