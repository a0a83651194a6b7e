import { z } from 'zod';
import { formatLocalDate, parseLocalDate } from '../../api/domain/local-date.js';
import { parseWeeklyHours } from '../../api/domain/weekly-hours.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { localDateText, optionalLine } from '../inputs.js';
import { parseInput } from '../validation.js';
import { mutationUnion } from './mutation-result.js';

const HoursInput = builder.inputType('HoursInput', {
  fields: (t) => ({ start: t.string({ required: true, description: '"HH:MM"' }), end: t.string({ required: true, description: '"HH:MM"' }) }),
});

const SetDateOverrideInput = builder.inputType('SetDateOverrideInput', {
  description: 'Hours for one local date instead of the weekly ones; no hours means closed (a holiday).',
  fields: (t) => ({
    date: t.string({ required: true, description: '"YYYY-MM-DD" in the provider\'s time zone.' }),
    hours: t.field({ type: [HoursInput], required: true }),
    note: t.string({ required: false, description: 'E.g. "Public holiday". At most 200 characters.' }),
  }),
});

const DateOverrideSuccess = builder.objectRef<{ date: string }>('DateOverrideSuccess').implement({
  fields: (t) => ({ date: t.exposeString('date') }),
});

const localDate = localDateText('The date must be "YYYY-MM-DD".');
const overrideSchema = z.object({ date: localDate, hours: z.array(z.unknown()).max(12), note: optionalLine('The note', 200) });

builder.mutationField('setDateOverride', (t) =>
  t.field({
    type: DateOverrideSuccess,
    description: 'Provider only. Affects slots generated afterwards; existing slots stay (block them one by one if needed).',
    authScopes: { provider: true },
    errors: mutationUnion('SetDateOverride', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: SetDateOverrideInput, required: true }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(overrideSchema, args.input);
      // Validated as a single day's weekly hours: same format, no overlaps.
      const { intervals, problems } = parseWeeklyHours(args.input.hours.map((hours) => ({ weekday: 1, ...hours })), 'input.hours');
      if (problems.length > 0) throw new ValidationError(problems);
      const date = formatLocalDate(parseLocalDate(input.date)!);
      await context.prisma.$transaction([
        context.prisma.dateOverride.deleteMany({ where: { date } }),
        context.prisma.dateOverride.createMany({
          data: intervals.length
            ? intervals.map(({ startMinute, endMinute }) => ({ date, startMinute, endMinute, note: input.note }))
            : [{ date, note: input.note }],
        }),
      ]);
      context.rules.invalidate();
      return { date };
    },
  }),
);

builder.mutationField('removeDateOverride', (t) =>
  t.field({
    type: DateOverrideSuccess,
    description: 'Provider only: the weekly hours apply to this date again.',
    authScopes: { provider: true },
    errors: mutationUnion('RemoveDateOverride', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { date: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const date = parseInput(localDate, args.date, 'date');
      await context.prisma.dateOverride.deleteMany({ where: { date } });
      context.rules.invalidate();
      return { date };
    },
  }),
);
