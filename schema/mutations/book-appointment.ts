import { z } from 'zod';
import { bookAppointment } from '../../api/appointments/book.js';
import { actorOf } from '../../api/auth/policies.js';
import { builder } from '../builder.js';
import { AppointmentRef } from '../nodes/appointment.js';
import { SlotUnavailableError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { optionalParagraph, recordId } from '../inputs.js';
import { appointmentRefusal } from './appointment-change-errors.js';
import { appointmentResult } from './appointment-result.js';

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
  t.field({
    type: AppointmentRef,
    authScopes: { signedIn: true },
    errors: appointmentResult('BookAppointment', [SlotUnavailableError, ValidationError, UnauthenticatedError]),
    args: { input: t.arg({ type: BookAppointmentInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await bookAppointment(
        context,
        { actor: actorOf(context), client: context.viewer!.user, slotId: input.slotId, notes: input.notes ?? null },
        context.now(),
      );
      if (result.outcome === 'booked') return result.appointment;
      throw appointmentRefusal(result);
    },
  }),
);
