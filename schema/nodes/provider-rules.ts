import type { WeeklyInterval } from '../../api/domain/weekly-hours.js';
import { formatWallClock } from '../../api/domain/local-date.js';
import { loadProviderRules, type ProviderRules } from '../../api/settings/provider-settings.js';
import { builder } from '../builder.js';

const WeeklyHoursRef = builder.objectRef<WeeklyInterval>('WeeklyHours').implement({
  description: "One working interval in the provider's time zone; breaks are the gaps.",
  fields: (t) => ({
    weekday: t.exposeInt('weekday', { description: '1 = Monday ... 7 = Sunday.' }),
    start: t.string({ description: '"HH:MM"', resolve: (hours) => formatWallClock(hours.startMinute) }),
    end: t.string({ description: '"HH:MM"', resolve: (hours) => formatWallClock(hours.endMinute) }),
  }),
});

export const BookingPolicyRef = builder.objectRef<ProviderRules>('BookingPolicy').implement({
  description: 'The rules clients book under. Public.',
  fields: (t) => ({
    timezone: t.exposeString('timezone', { description: "The provider's IANA time zone." }),
    slotMinutes: t.exposeInt('slotMinutes'),
    cancellationNoticeHours: t.exposeInt('cancellationNoticeHours', {
      description: 'Clients may cancel or reschedule until this many hours before the start.',
    }),
    minBookingNoticeHours: t.exposeInt('minBookingNoticeHours', { description: 'Bookings start at least this many hours from now.' }),
    maxDaysAhead: t.exposeInt('maxDaysAhead', { description: 'Bookings start at most this many days ahead.' }),
    maxActiveAppointmentsPerClient: t.exposeInt('maxActiveAppointmentsPerClient', {
      description: 'Upcoming appointments one client may hold at once; the provider is exempt.',
    }),
    maxChangesPerClientPerDay: t.exposeInt('maxChangesPerClientPerDay', {
      description: 'Bookings, moves and cancellations one client may make in any 24 hours; the provider is exempt.',
    }),
  }),
});

const HoursRef = builder.objectRef<{ startMinute: number; endMinute: number }>('Hours').implement({
  fields: (t) => ({
    start: t.string({ description: '"HH:MM"', resolve: (hours) => formatWallClock(hours.startMinute) }),
    end: t.string({ description: '"HH:MM"', resolve: (hours) => formatWallClock(hours.endMinute) }),
  }),
});

const DateOverrideRef = builder.objectRef<{ date: string; hours: { startMinute: number; endMinute: number }[] }>('DateOverride').implement({
  description: 'Hours for one local date instead of the weekly ones.',
  fields: (t) => ({
    date: t.exposeString('date'),
    closed: t.boolean({ resolve: (override) => override.hours.length === 0 }),
    hours: t.field({ type: [HoursRef], resolve: (override) => override.hours }),
  }),
});

const AvailabilityRef = builder.objectRef<ProviderRules>('Availability').implement({
  description: "The provider's weekly hours and slot length.",
  fields: (t) => ({
    timezone: t.exposeString('timezone'),
    slotMinutes: t.exposeInt('slotMinutes'),
    weeklyHours: t.field({ type: [WeeklyHoursRef], resolve: (rules) => rules.weeklyHours }),
    bufferMinutes: t.exposeInt('bufferMinutes'),
    dateOverrides: t.field({
      type: [DateOverrideRef],
      resolve: (rules) => [...rules.dateOverrides].map(([date, hours]) => ({ date, hours })),
    }),
  }),
});

builder.queryField('bookingPolicy', (t) => t.field({ type: BookingPolicyRef, resolve: (_root, _args, context) => loadProviderRules(context.prisma) }));

builder.queryField('availability', (t) =>
  t.field({
    type: AvailabilityRef,
    description: 'The provider, or an API key with availability:read.',
    authScopes: { $any: { provider: true, apiScope: 'availability:read' } },
    resolve: (_root, _args, context) => loadProviderRules(context.prisma),
  }),
);
