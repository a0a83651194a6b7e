import { z } from 'zod';
import { builder } from '../builder.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { recordId } from '../inputs.js';
import { TimeSlotRef } from '../nodes/time-slot.js';
import { parseInput } from '../validation.js';
import { mutationResult } from './mutation-result.js';
import { toSlotView, slotAvailabilitySelect } from '../../api/slots/slot-view.js';

const SetSlotBlockedInput = builder.inputType('SetSlotBlockedInput', {
  fields: (t) => ({
    slotId: t.id({ required: true }),
    blocked: t.boolean({ required: true, description: 'true withholds the slot from booking; false offers it again.' }),
  }),
});

builder.mutationField('setSlotBlocked', (t) =>
  t.field({
    type: TimeSlotRef,
    description: 'Provider only: withhold a single slot from booking, or offer it again. A booked slot keeps its appointment.',
    authScopes: { provider: true },
    errors: mutationResult('SetSlotBlocked', 'slot', [NotFoundError, ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: SetSlotBlockedInput, required: true }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(z.object({ slotId: recordId('The slot'), blocked: z.boolean() }), args.input);
      const { count } = await context.prisma.timeSlot.updateMany({ where: { id: input.slotId }, data: { isBlocked: input.blocked } });
      if (count === 0) throw new NotFoundError('No such slot.');
      const slot = await context.prisma.timeSlot.findUniqueOrThrow({ where: { id: input.slotId }, select: slotAvailabilitySelect });
      await context.slotChanges.announce([slot]);
      return toSlotView(slot, context.now());
    },
  }),
);
