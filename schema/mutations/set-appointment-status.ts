import { z } from 'zod';
import { setAppointmentStatus } from '../../api/appointments/set-status.js';
import { builder } from '../builder.js';
import { AppointmentRef } from '../nodes/appointment.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { recordId } from '../inputs.js';
import { mutationResult } from './mutation-result.js';

const OutcomeEnum = builder.enumType('AppointmentOutcome', {
  values: ['COMPLETED', 'NO_SHOW'] as const,
  description: 'How an appointment that has started turned out.',
});

const SetAppointmentStatusInput = builder.inputType('SetAppointmentStatusInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    status: t.field({ type: OutcomeEnum, required: true }),
  }),
  validate: z.strictObject({
    id: recordId('The appointment'),
    status: z.enum(['COMPLETED', 'NO_SHOW']),
  }),
});

builder.mutationField('setAppointmentStatus', (t) =>
  t.field({
    type: AppointmentRef,
    description: 'Provider only: mark an appointment that has started as completed or as a no-show.',
    authScopes: { provider: true },
    errors: mutationResult('SetAppointmentStatus', 'appointment', [NotFoundError, ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: SetAppointmentStatusInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await setAppointmentStatus(context, { appointmentId: input.id, status: input.status }, context.now());
      switch (result.outcome) {
        case 'marked':
          return result.appointment;
        case 'not-found':
          throw new NotFoundError('No such appointment.');
        case 'cancelled-appointment':
          throw new ValidationError([{ path: 'input.id', message: result.reason }]);
        case 'not-started':
          throw new ValidationError([{ path: 'input.status', message: result.reason }]);
      }
    },
  }),
);
