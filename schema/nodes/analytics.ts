import { computeAnalytics, type Analytics } from '../../api/analytics/compute-analytics.js';
import { loadProviderRules } from '../../api/settings/provider-settings.js';
import { builder } from '../builder.js';
import { ValidationError } from '../error-classes.js';

const WeekCountRef = builder.objectRef<Analytics['perWeek'][number]>('WeekCount').implement({
  fields: (t) => ({
    weekStart: t.exposeString('weekStart', { description: 'The Monday, "YYYY-MM-DD", in the provider\'s zone.' }),
    booked: t.exposeInt('booked'),
    cancelled: t.exposeInt('cancelled'),
  }),
});

const WeekdayCountRef = builder.objectRef<Analytics['byWeekday'][number]>('WeekdayCount').implement({
  fields: (t) => ({ weekday: t.exposeInt('weekday', { description: '1 = Monday ... 7 = Sunday.' }), count: t.exposeInt('count') }),
});

const HourCountRef = builder.objectRef<Analytics['byHour'][number]>('HourCount').implement({
  fields: (t) => ({ hour: t.exposeInt('hour', { description: 'Local hour, 0-23.' }), count: t.exposeInt('count') }),
});

const AnalyticsRef = builder.objectRef<Analytics>('Analytics').implement({
  description: 'Key figures for appointments starting in a period.',
  fields: (t) => ({
    appointments: t.exposeInt('appointments'),
    completed: t.exposeInt('completed'),
    cancelled: t.exposeInt('cancelled'),
    noShows: t.exposeInt('noShows'),
    cancellationRate: t.exposeFloat('cancellationRate', { description: 'Cancelled / all, 0..1.' }),
    noShowRate: t.exposeFloat('noShowRate', { description: 'No-shows / (completed + no-shows), 0..1.' }),
    offeredSlots: t.exposeInt('offeredSlots', { description: 'Slots in the period, not blocked.' }),
    bookedSlots: t.exposeInt('bookedSlots'),
    utilization: t.exposeFloat('utilization', { description: 'Booked / offered slots, 0..1.' }),
    leadTimeHoursMedian: t.exposeFloat('leadTimeHoursMedian', { nullable: true, description: 'Hours between booking and start.' }),
    leadTimeHoursAverage: t.exposeFloat('leadTimeHoursAverage', { nullable: true }),
    perWeek: t.field({ type: [WeekCountRef], resolve: (analytics) => analytics.perWeek }),
    byWeekday: t.field({ type: [WeekdayCountRef], resolve: (analytics) => analytics.byWeekday }),
    byHour: t.field({ type: [HourCountRef], resolve: (analytics) => analytics.byHour }),
  }),
});

const MAX_DAYS = 400;

builder.queryField('analytics', (t) =>
  t.field({
    type: AnalyticsRef,
    description: 'The provider, or an API key with appointments:read. Appointments starting in [from, to), at most 400 days.',
    authScopes: { $any: { provider: true, apiScope: 'appointments:read' } },
    args: { from: t.arg({ type: 'DateTime', required: true }), to: t.arg({ type: 'DateTime', required: true }) },
    resolve: async (_root, { from, to }, context) => {
      if (to <= from) throw new ValidationError([{ path: 'to', message: '"to" must be after "from".' }]);
      if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) {
        throw new ValidationError([{ path: 'to', message: `The period can span at most ${MAX_DAYS} days.` }]);
      }
      const { timezone } = await loadProviderRules(context.prisma);
      return computeAnalytics(context.prisma, from, to, timezone);
    },
  }),
);
