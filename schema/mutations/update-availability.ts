import { z } from 'zod';
import { parseWeeklyHours } from '../../api/domain/weekly-hours.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { timeZone } from '../inputs.js';
import { parseInput } from '../validation.js';
import { mutationUnion } from './mutation-result.js';

const WeeklyHoursInput = builder.inputType('WeeklyHoursInput', {
  fields: (t) => ({
    weekday: t.int({ required: true, description: '1 = Monday ... 7 = Sunday.' }),
    start: t.string({ required: true, description: '"HH:MM"' }),
    end: t.string({ required: true, description: '"HH:MM", after start; "24:00" ends the day.' }),
  }),
});

const UpdateAvailabilityInput = builder.inputType('UpdateAvailabilityInput', {
  description:
    "Weekly working hours in the provider's time zone; several intervals a day allowed (breaks are the gaps).",
  fields: (t) => ({
    weeklyHours: t.field({ type: [WeeklyHoursInput], required: true }),
    slotMinutes: t.int({ required: false, description: '15..240, default 30.' }),
    timezone: t.string({ required: false, description: 'IANA time zone, default Europe/Luxembourg.' }),
  }),
});

const UpdateAvailabilitySuccess = builder.objectRef<{ ok: boolean }>('UpdateAvailabilitySuccess').implement({
  fields: (t) => ({ ok: t.exposeBoolean('ok') }),
});

const settingsSchema = z.object({
  weeklyHours: z.array(z.unknown()).max(70, { message: 'At most 70 intervals a week.' }),
  slotMinutes: z
    .number()
    .int()
    .min(15, { message: 'Slot length must be 15 to 240 minutes.' })
    .max(240, { message: 'Slot length must be 15 to 240 minutes.' })
    .nullish(),
  timezone: timeZone('Europe/Luxembourg').nullish(),
});

builder.mutationField('updateAvailability', (t) =>
  t.field({
    type: UpdateAvailabilitySuccess,
    authScopes: { provider: true },
    errors: mutationUnion('UpdateAvailability', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: UpdateAvailabilityInput, required: true }) },
    resolve: async (_root, args, context) => {
      const settings = parseInput(settingsSchema, args.input);
      const { intervals, problems } = parseWeeklyHours(args.input.weeklyHours, 'input.weeklyHours');
      if (problems.length > 0) throw new ValidationError(problems);
      const changes = {
        ...(settings.slotMinutes ? { slotMinutes: settings.slotMinutes } : {}),
        ...(settings.timezone ? { timezone: settings.timezone } : {}),
      };
      await context.prisma.$transaction([
        context.prisma.weeklyHours.deleteMany({}),
        context.prisma.weeklyHours.createMany({ data: intervals }),
        context.prisma.providerSettings.upsert({ where: { id: 1 }, create: { id: 1, ...changes }, update: changes }),
      ]);
      return { ok: true };
    },
  }),
);
