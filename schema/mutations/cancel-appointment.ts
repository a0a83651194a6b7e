import { z } from 'zod';
import { cancelAppointment } from '../../api/appointments/cancel.js';
import { actorOf } from '../../api/auth/policies.js';
import { builder } from '../builder.js';
import { AppointmentRef } from '../nodes/appointment.js';
import { CancellationClosedError, NotFoundError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { optionalParagraph, recordId } from '../inputs.js';
import { appointmentRefusal } from './appointment-change-errors.js';
import { appointmentResult } from './appointment-result.js';

const CancelAppointmentInput = builder.inputType('CancelAppointmentInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    reason: t.string({ required: false, description: 'At most 500 characters.' }),
  }),
  validate: z.strictObject({
    id: recordId('The appointment'),
    reason: optionalParagraph('The reason', 500),
  }),
});

builder.mutationField('cancelAppointment', (t) =>
  t.field({
    type: AppointmentRef,
    authScopes: { $any: { signedIn: true, apiScope: 'appointments:write' } },
    errors: appointmentResult('CancelAppointment', [NotFoundError, CancellationClosedError, ValidationError, UnauthenticatedError]),
    args: { input: t.arg({ type: CancelAppointmentInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await cancelAppointment(context, { actor: actorOf(context), appointmentId: input.id, reason: input.reason ?? null }, context.now());
      if (result.outcome === 'cancelled') return result.appointment;
      throw appointmentRefusal(result);
    },
  }),
);
