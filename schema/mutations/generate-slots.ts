import { z } from 'zod';
import { generateSlots } from '../../api/slots/generate.js';
import { previewSlots, type SlotPreview } from '../../api/slots/preview.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { localDate } from '../inputs.js';
import { invalidInput } from './invalid-input.js';
import { mutationUnion } from './mutation-result.js';

const GenerateSlotsInput = builder
  .inputType('GenerateSlotsInput', {
    description: 'Local dates "YYYY-MM-DD" in the provider\'s time zone, both included; at most 366 days.',
    fields: (t) => ({
      from: t.string({ required: true }),
      to: t.string({ required: true }),
    }),
  })
  .validate(
    z.strictObject({
      from: localDate('"from" must be a date "YYYY-MM-DD".'),
      to: localDate('"to" must be a date "YYYY-MM-DD".'),
    }),
  );

const GenerateSlotsSuccess = builder.objectRef<{ created: number; skipped: number }>('GenerateSlotsSuccess').implement({
  fields: (t) => ({
    created: t.exposeInt('created'),
    skipped: t.exposeInt('skipped', { description: 'Already existing, overlapping an existing slot, or in the past.' }),
  }),
});

builder.mutationField('generateSlots', (t) =>
  t.field({
    type: GenerateSlotsSuccess,
    description: "Creates the slots that the weekly hours define for local dates from..to (inclusive), in the provider's time zone. Idempotent.",
    authScopes: { provider: true },
    errors: mutationUnion('GenerateSlots', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: GenerateSlotsInput, required: true }) },
    resolve: async (_root, args, context) => {
      const result = await generateSlots(context, args.input);
      if (result.outcome === 'invalid') throw invalidInput(result.fields);
      return result;
    },
  }),
);

const SlotTimesRef = builder.objectRef<{ startTime: Date; endTime: Date }>('PlannedSlot').implement({
  fields: (t) => ({
    startTime: t.expose('startTime', { type: 'DateTime' }),
    endTime: t.expose('endTime', { type: 'DateTime' }),
  }),
});

const SlotPreviewRef = builder.objectRef<SlotPreview>('SlotGenerationPreview').implement({
  description: 'What generateSlots would do for the same dates; nothing is written.',
  fields: (t) => ({
    wouldCreate: t.exposeInt('wouldCreate'),
    alreadyThere: t.exposeInt('alreadyThere', { description: 'Skipped: the slot exists or overlaps an existing one.' }),
    inThePast: t.exposeInt('inThePast', { description: 'Skipped: already started.' }),
    sample: t.field({ type: [SlotTimesRef], description: 'The first 50 slots that would be created.', resolve: (preview) => preview.sample }),
  }),
});

builder.queryField('previewSlotGeneration', (t) =>
  t.field({
    type: SlotPreviewRef,
    description: 'Provider only: a dry run of generateSlots.',
    authScopes: { provider: true },
    args: { input: t.arg({ type: GenerateSlotsInput, required: true }) },
    resolve: async (_root, args, context) => {
      const result = await previewSlots(context, args.input);
      if (result.outcome === 'invalid') throw invalidInput(result.fields);
      return result.preview;
    },
  }),
);
