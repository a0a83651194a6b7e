import { useState } from 'react';
import { useQuery } from 'urql';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { graphql } from '../../../gql';
import { formatDate, formatRange } from '../../../lib/format';
import { NeedsOutcome } from './needs-outcome';

const DashboardQuery = graphql(`
  query Dashboard($from: DateTime!, $to: DateTime!, $now: DateTime!, $weekEnd: DateTime!, $outcomesFrom: DateTime!) {
    providerProfile {
      displayName
      timezone
    }
    analytics(from: $from, to: $to) {
      appointments
      cancellationRate
      noShowRate
      utilization
      leadTimeHoursMedian
      perWeek {
        weekStart
        booked
        cancelled
      }
      byWeekday {
        weekday
        count
      }
      byHour {
        hour
        count
      }
    }
    needingOutcome: appointments(filter: { needsOutcome: true, from: $outcomesFrom }, sort: START_TIME_DESC, first: 20) {
      edges {
        node {
          id
          startTime
          endTime
          status
          user {
            id
            name
            email
          }
        }
      }
    }
    appointments(filter: { status: [SCHEDULED], from: $now, to: $weekEnd }, sort: START_TIME_ASC, first: 50) {
      edges {
        node {
          id
          startTime
          endTime
          notes
          user {
            id
            name
            email
          }
        }
      }
    }
  }
`);

const percent = (value: number) => `${Math.round(value * 100)}%`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
/** How far ahead clients book, in the unit that reads best. */
const leadTime = (hours: number | null) =>
  hours === null ? '—' : hours < 48 ? plural(Math.round(hours), 'hour', 'hours') : plural(Math.round(hours / 24), 'day', 'days');
/** Appointments from this many days back still ask for an outcome on the dashboard. */
const OUTCOME_DAYS = 14;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function Dashboard() {
  // The clock as the dashboard opened: one fixed window, whatever re-renders it.
  const [variables] = useState(() => {
    const now = Date.now();
    return {
      from: new Date(now - 56 * 86_400_000).toISOString(),
      to: new Date(now + 28 * 86_400_000).toISOString(),
      now: new Date(now).toISOString(),
      weekEnd: new Date(now + 7 * 86_400_000).toISOString(),
      outcomesFrom: new Date(now - OUTCOME_DAYS * 86_400_000).toISOString(),
    };
  });
  const [{ data, fetching, error }] = useQuery({ query: DashboardQuery, variables, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <LoadingBlock label="Loading the dashboard" />;
  if (error || !data)
    return (
      <p role="alert" className="text-sm text-red-700">
        The dashboard could not be loaded.
      </p>
    );
  const zone = data.providerProfile.timezone;
  const stats = data.analytics;
  const upcoming = data.appointments.edges.map((edge) => edge.node);
  const needingOutcome = data.needingOutcome.edges.map((edge) => edge.node);
  const maxWeek = Math.max(1, ...stats.perWeek.map((week) => week.booked + week.cancelled));
  const figures = [
    ['Appointments, past 8 and next 4 weeks', String(stats.appointments)],
    ['Slots booked', percent(stats.utilization)],
    ['Cancelled', percent(stats.cancellationRate)],
    ['No-shows', percent(stats.noShowRate)],
    ['Booked ahead (median)', leadTime(stats.leadTimeHoursMedian ?? null)],
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
      <NeedsOutcome appointments={needingOutcome} zone={zone} days={OUTCOME_DAYS} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="week-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="week-heading" className="font-semibold">
            Next 7 days
          </h2>
          {upcoming.length === 0 ? (
            <p className="mt-3 text-sm text-slate-500">No appointments in the next 7 days.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {upcoming.map((appointment) => (
                <li key={appointment.id} className="py-2.5 text-sm">
                  <p className="font-medium text-slate-900">
                    {formatDate(appointment.startTime, zone, { year: undefined })}, {formatRange(appointment.startTime, appointment.endTime, zone)}
                  </p>
                  <p className="text-slate-600">
                    {appointment.user.name} · {appointment.user.email}
                    {appointment.notes ? ` · ${appointment.notes.length > 60 ? `${appointment.notes.slice(0, 60)}…` : appointment.notes}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="chart-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="chart-heading" className="font-semibold">
            Bookings per week
          </h2>
          <ul className="mt-4 space-y-2" aria-label="Bookings and cancellations per week">
            {stats.perWeek.map((week) => (
              <li key={week.weekStart} className="flex items-center gap-3 text-xs">
                <span className="w-20 shrink-0 text-slate-600">
                  {formatDate(`${week.weekStart}T12:00:00Z`, 'UTC', { weekday: undefined, year: undefined, month: 'short' })}
                </span>
                <span
                  role="img"
                  className="flex h-4 flex-1 overflow-hidden rounded bg-slate-100"
                  aria-label={`Week of ${week.weekStart}: ${week.booked} booked, ${week.cancelled} cancelled`}
                >
                  <span className="bg-brand-600" style={{ width: `${(week.booked / maxWeek) * 100}%` }} />
                  <span className="bg-slate-400" style={{ width: `${(week.cancelled / maxWeek) * 100}%` }} />
                </span>
                <span className="w-28 text-right text-slate-700" aria-hidden>
                  {week.booked} booked{week.cancelled ? `, ${week.cancelled} cancelled` : ''}
                </span>
              </li>
            ))}
            {stats.perWeek.length === 0 ? <li className="text-sm text-slate-500">No bookings yet.</li> : null}
          </ul>
          <div className="mt-5 grid gap-4 sm:grid-cols-2">
            <BarList
              title="Busiest weekdays"
              rows={WEEKDAYS.map((label, i) => ({ label, count: stats.byWeekday.find((day) => day.weekday === i + 1)?.count ?? 0 }))}
            />
            <BarList title="Busiest hours" rows={stats.byHour.map((hour) => ({ label: `${String(hour.hour).padStart(2, '0')}:00`, count: hour.count }))} />
          </div>
        </section>
      </div>
    </div>
  );
}

/** A small horizontal bar chart that reads as a list to screen readers. */
function BarList({ title, rows }: { title: string; rows: { label: string; count: number }[] }) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
      <ul className="mt-2 space-y-1">
        {rows.map((row) => (
          <li key={row.label} className="flex items-center gap-2 text-xs">
            <span className="w-12 shrink-0 text-slate-600">{row.label}</span>
            <span className="h-2.5 flex-1 rounded bg-slate-100">
              <span className="block h-full rounded bg-brand-600" style={{ width: `${(row.count / max) * 100}%` }} />
            </span>
            <span className="w-6 text-right text-slate-700">{row.count}</span>
          </li>
        ))}
        {rows.length === 0 ? <li className="text-xs text-slate-500">No bookings yet.</li> : null}
      </ul>
    </div>
  );
}
