import { z } from 'zod';
import { rescheduleAppointment } from '../../api/appointments/reschedule.js';
import { actorOf } from '../../api/auth/policies.js';
import { builder } from '../builder.js';
import { AppointmentRef } from '../nodes/appointment.js';
import { CancellationClosedError, NotFoundError, SlotUnavailableError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { recordId } from '../inputs.js';
import { appointmentRefusal } from './appointment-change-errors.js';
import { appointmentResult } from './appointment-result.js';

const RescheduleAppointmentInput = builder.inputType('RescheduleAppointmentInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    slotId: t.id({ required: true, description: 'The free slot to move to.' }),
  }),
  validate: z.strictObject({
    id: recordId('The appointment'),
    slotId: recordId('The slot'),
  }),
});

builder.mutationField('rescheduleAppointment', (t) =>
  t.field({
    type: AppointmentRef,
    authScopes: { $any: { signedIn: true, apiScope: 'appointments:write' } },
    errors: appointmentResult('RescheduleAppointment', [NotFoundError, SlotUnavailableError, CancellationClosedError, ValidationError, UnauthenticatedError]),
    args: { input: t.arg({ type: RescheduleAppointmentInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await rescheduleAppointment(context, { actor: actorOf(context), appointmentId: input.id, slotId: input.slotId }, context.now());
      switch (result.outcome) {
        case 'rescheduled':
          return result.appointment;
        case 'same-slot':
          throw new ValidationError([{ path: 'input.slotId', message: result.reason }]);
        default:
          throw appointmentRefusal(result);
      }
    },
  }),
);
