import { z } from 'zod';
import { builder } from '../builder.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { recordId } from '../inputs.js';
import { selectingSomething } from '../prisma-query.js';
import { parseInput } from '../validation.js';
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
});

const statusSchema = z.object({ id: recordId('The appointment'), status: z.enum(['COMPLETED', 'NO_SHOW']) });

builder.mutationField('setAppointmentStatus', (t) =>
  t.prismaField({
    type: 'Appointment',
    description: 'Provider only: mark an appointment that has started as completed or as a no-show.',
    authScopes: { provider: true },
    errors: mutationResult('SetAppointmentStatus', 'appointment', [NotFoundError, ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: SetAppointmentStatusInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(statusSchema, args.input);
      const appointment = await context.prisma.appointment.findUnique({ where: { id: input.id } });
      if (!appointment) throw new NotFoundError('No such appointment.');
      if (appointment.status === 'CANCELLED') {
        throw new ValidationError([{ path: 'input.id', message: 'A cancelled appointment cannot be marked completed or no-show.' }]);
      }
      if (appointment.startTime > context.now()) {
        throw new ValidationError([{ path: 'input.status', message: 'Only an appointment that has started can be marked.' }]);
      }
      return context.prisma.appointment.update({
        ...selectingSomething(query),
        where: { id: appointment.id },
        data: { status: input.status, revision: { increment: 1 } },
      });
    },
  }),
);
