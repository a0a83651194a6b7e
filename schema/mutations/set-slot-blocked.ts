import { z } from 'zod';
import { setSlotBlocked } from '../../api/slots/block.js';
import { builder } from '../builder.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { recordId } from '../inputs.js';
import { TimeSlotRef } from '../nodes/time-slot.js';
import { mutationResult } from './mutation-result.js';

const SetSlotBlockedInput = builder
  .inputType('SetSlotBlockedInput', {
    fields: (t) => ({
      slotId: t.id({ required: true }),
      blocked: t.boolean({ required: true, description: 'true withholds the slot from booking; false offers it again.' }),
    }),
  })
  .validate(z.strictObject({ slotId: recordId('The slot'), blocked: z.boolean() }));

builder.mutationField('setSlotBlocked', (t) =>
  t.field({
    type: TimeSlotRef,
    description: 'Provider only: withhold a single slot from booking, or offer it again. A booked slot keeps its appointment.',
    authScopes: { provider: true },
    errors: mutationResult('SetSlotBlocked', 'slot', [NotFoundError, ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: SetSlotBlockedInput, required: true }) },
    resolve: async (_root, args, context) => {
      const result = await setSlotBlocked(context, args.input);
      if (result.outcome === 'not-found') throw new NotFoundError('No such slot.');
      return result.slot;
    },
  }),
);
