import { useMemo } from 'react';
import { useQuery } from 'urql';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { formatDate, formatRange } from '../../../lib/format';
import { DashboardQuery } from '../api/documents';

const percent = (value: number) => `${Math.round(value * 100)}%`;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function Dashboard() {
  const variables = useMemo(() => {
    const now = Date.now();
    return {
      from: new Date(now - 56 * 86_400_000).toISOString(),
      to: new Date(now + 28 * 86_400_000).toISOString(),
      now: new Date(now).toISOString(),
      weekEnd: new Date(now + 7 * 86_400_000).toISOString(),
    };
  }, []);
  const [{ data, fetching, error }] = useQuery({ query: DashboardQuery, variables, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <LoadingBlock label="Loading the dashboard" />;
  if (error || !data) return <p role="alert" className="text-sm text-red-700">The dashboard could not be loaded.</p>;
  const zone = data.providerProfile.timezone;
  const stats = data.analytics;
  const upcoming = data.appointments.edges.map((edge) => edge.node);
  const maxWeek = Math.max(1, ...stats.perWeek.map((week) => week.booked + week.cancelled));
  const figures = [
    ['Appointments, past 8 and next 4 weeks', String(stats.appointments)],
    ['Slots booked', percent(stats.utilization)],
    ['Cancelled', percent(stats.cancellationRate)],
    ['No-shows', percent(stats.noShowRate)],
    ['Booked ahead (median)', stats.leadTimeHoursMedian === null ? '—' : `${Math.round(stats.leadTimeHoursMedian / 24)} days`],
  ];
  return (
    <div className="space-y-6">
      <dl className="grid gap-3 sm:grid-cols-5">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <dt className="text-xs font-medium text-slate-500">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="week-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="week-heading" className="font-semibold">Next 7 days</h2>
          {upcoming.length === 0 ? (
            <p className="mt-3 text-sm text-slate-500">No appointments in the next 7 days.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {upcoming.map((appointment) => (
                <li key={appointment.id} className="py-2.5 text-sm">
                  <p className="font-medium text-slate-900">
                    {formatDate(appointment.startTime, zone, { year: undefined })}, {formatRange(appointment.startTime, appointment.endTime, zone)}
                  </p>
                  <p className="text-slate-600">{appointment.user.name} · {appointment.user.email}{appointment.notes ? ` · ${appointment.notes.slice(0, 50)}` : ''}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="chart-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="chart-heading" className="font-semibold">Bookings per week</h2>
          <ul className="mt-4 space-y-2" aria-label="Bookings and cancellations per week">
            {stats.perWeek.map((week) => (
              <li key={week.weekStart} className="flex items-center gap-3 text-xs">
                <span className="w-20 shrink-0 text-slate-600">{week.weekStart.slice(5)}</span>
                <span role="img" className="flex h-4 flex-1 overflow-hidden rounded bg-slate-100" aria-label={`Week of ${week.weekStart}: ${week.booked} booked, ${week.cancelled} cancelled`}>
                  <span className="bg-brand-600" style={{ width: `${(week.booked / maxWeek) * 100}%` }} />
                  <span className="bg-slate-400" style={{ width: `${(week.cancelled / maxWeek) * 100}%` }} />
                </span>
                <span className="w-14 text-right text-slate-700">{week.booked}{week.cancelled ? ` +${week.cancelled}` : ''}</span>
              </li>
            ))}
            {stats.perWeek.length === 0 ? <li className="text-sm text-slate-500">No bookings yet.</li> : null}
          </ul>
          <p className="mt-4 text-xs text-slate-500">
            Busiest days: {[...stats.byWeekday].sort((a, b) => b.count - a.count).slice(0, 3).map((day) => WEEKDAYS[day.weekday - 1]).join(', ') || '—'}
          </p>
        </section>
      </div>
    </div>
  );
}
