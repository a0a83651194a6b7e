import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { AppointmentStatus } from '../../../gql/graphql';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { usePageCursor } from '../../../hooks/use-page-cursor';
import { timeZoneLabel, visitorTimeZone } from '../../../lib/format';
import { AppointmentListItem } from './appointment-list-item';

// Pages loaded with "Load more" are merged into one list by the cache (relay pagination).
const MyAppointmentsQuery = graphql(`
  query MyAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {
    me {
      id
      timezone
    }
    myAppointments(filter: $filter, sort: $sort, first: 10, after: $after) {
      edges {
        node {
          id
          ...AppointmentListItem_appointment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Tab = 'upcoming' | 'past';
const STATUSES: AppointmentStatus[] = ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'];

export function MyAppointmentsPage() {
  // "Now" is read as a tab is chosen: the line between upcoming and past stays put while one looks at a tab.
  const [{ tab, now }, setView] = useState<{ tab: Tab; now: string }>(() => ({ tab: 'upcoming', now: new Date().toISOString() }));
  const showTab = (name: Tab) => {
    if (name !== tab) setView({ tab: name, now: new Date().toISOString() });
  };
  const [status, setStatus] = useState<AppointmentStatus | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim());
  const [after, setAfter] = usePageCursor([tab, status, from, to, search]);
  // A period that cannot hold anything is said under its field and not asked for: the server would refuse it.
  const fromTime = from ? new Date(from).toISOString() : null;
  const toTime = to ? new Date(tab === 'past' ? to : `${to}T23:59:59`).toISOString() : null;
  const periodProblem =
    from && to && to < from
      ? { to: 'Must not be before "From".' }
      : tab === 'past' && fromTime && fromTime >= now
        ? { from: 'Past appointments start before now.' }
        : tab === 'upcoming' && toTime && toTime <= now
          ? { to: 'Upcoming appointments start after now.' }
          : null;
  const filter = {
    ...(status ? { status: [status] } : {}),
    ...(search ? { search } : {}),
    from: tab === 'upcoming' ? (!periodProblem && fromTime && fromTime > now ? fromTime : now) : periodProblem ? null : fromTime,
    to: tab === 'past' ? (!periodProblem && toTime && toTime < now ? toTime : now) : periodProblem ? null : toTime,
  };
  const variables = { filter, sort: tab === 'upcoming' ? ('START_TIME_ASC' as const) : ('START_TIME_DESC' as const), after };
  const [{ data, fetching, error }] = useQuery({ query: MyAppointmentsQuery, variables, requestPolicy: 'cache-and-network' });
  const zone = data?.me?.timezone ?? visitorTimeZone();
  const appointments = data?.myAppointments.edges.map((edge) => edge.node) ?? [];
  return (
    <div>
      <PageHeader
        title="My appointments"
        subtitle={
          <>
            Times in {timeZoneLabel(zone)}.{' '}
            <Link to="/settings#time-zone" className="text-brand-700 underline">
              Change
            </Link>
          </>
        }
        actions={
          <Link to="/" className="rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">
            Book another
          </Link>
        }
      />
      <div role="tablist" aria-label="Which appointments" className="mb-4 inline-flex rounded-xl bg-slate-100 p-1">
        {(['upcoming', 'past'] as const).map((name) => (
          <button
            key={name}
            role="tab"
            aria-selected={tab === name}
            onClick={() => showTab(name)}
            className={`rounded-lg px-4 py-1.5 text-sm font-medium capitalize ${tab === name ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
          >
            {name}
          </button>
        ))}
      </div>
      <div className="mb-5 grid gap-3 sm:grid-cols-4">
        <Field label="Search notes">
          <Input type="search" value={searchText} onChange={(event) => setSearchText(event.target.value)} placeholder="e.g. budget" className="w-full" />
        </Field>
        <Field label="Status">
          <Select value={status} onChange={(event) => setStatus(event.target.value as AppointmentStatus | '')} className="w-full">
            <option value="">Any status</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {value
                  .replace('_', '-')
                  .toLowerCase()
                  .replace(/^./, (c) => c.toUpperCase())}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="From" error={periodProblem?.from ?? null}>
          <Input type="date" value={from} onChange={(event) => setFrom(event.target.value)} className="w-full" />
        </Field>
        <Field label="To" error={periodProblem?.to ?? null}>
          <Input type="date" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} className="w-full" />
        </Field>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          Your appointments could not be loaded. Please reload the page.
        </p>
      ) : null}
      {fetching && appointments.length === 0 ? (
        <LoadingBlock label="Loading appointments" />
      ) : appointments.length === 0 ? (
        <div className="rounded-2xl border-2 border-dashed border-slate-200 px-6 py-12 text-center">
          <p className="font-medium text-slate-900">{tab === 'upcoming' ? 'No upcoming appointments' : 'No past appointments'}</p>
          <p className="mt-1 text-sm text-slate-600">
            {search || status || from || to ? 'Nothing matches these filters.' : 'When you book a consultation it appears here.'}
          </p>
        </div>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          {appointments.map((appointment) => (
            <AppointmentListItem key={appointment.id} appointment={appointment} zone={zone} />
          ))}
        </ul>
      )}
      {data?.myAppointments.pageInfo.hasNextPage ? (
        <div className="mt-4 text-center">
          <button
            onClick={() => setAfter(data.myAppointments.pageInfo.endCursor ?? null)}
            className="rounded-lg px-4 py-2 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50"
          >
            Load more
          </button>
        </div>
      ) : null}
    </div>
  );
}
