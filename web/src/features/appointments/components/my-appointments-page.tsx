import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { AppointmentStatus } from '../../../gql/graphql';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { browserTimeZone, formatDate, formatRange, spokenSlot } from '../../../lib/format';
import { MyAppointmentsQuery } from '../api/documents';
import { StatusBadge } from './status-badge';

type Tab = 'upcoming' | 'past';
const STATUSES: AppointmentStatus[] = ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'];

export function MyAppointmentsPage() {
  const [tab, setTab] = useState<Tab>('upcoming');
  const [status, setStatus] = useState<AppointmentStatus | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<{ id: string; startTime: string; endTime: string; status: string; notes?: string | null }[][]>([]);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), 300);
    return () => clearTimeout(timer);
  }, [searchText]);
  const now = useMemo(() => new Date().toISOString(), [tab]);
  const filter = {
    ...(status ? { status: [status] } : {}),
    ...(search ? { search } : {}),
    from: tab === 'upcoming' ? (from && new Date(from).toISOString() > now ? new Date(from).toISOString() : now) : from ? new Date(from).toISOString() : null,
    to: tab === 'past' ? (to && new Date(to).toISOString() < now ? new Date(to).toISOString() : now) : to ? new Date(`${to}T23:59:59`).toISOString() : null,
  };
  const variables = { filter, sort: tab === 'upcoming' ? ('START_TIME_ASC' as const) : ('START_TIME_DESC' as const), after };
  const [{ data, fetching, error }] = useQuery({ query: MyAppointmentsQuery, variables, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    setAfter(null);
    setPages([]);
  }, [tab, status, from, to, search]);
  useEffect(() => {
    if (!data) return;
    const page = data.myAppointments.edges.map((edge) => edge.node);
    setPages((current) => (after ? [...current, page] : [page]));
  }, [data]);
  const zone = data?.me?.timezone ?? browserTimeZone();
  const appointments = pages.flat().filter((item, index, all) => all.findIndex((other) => other.id === item.id) === index);
  const input = 'rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600';
  return (
    <div>
      <PageHeader
        title="My appointments"
        subtitle={`Times in ${zone.replaceAll('_', ' ')}`}
        actions={<Link to="/" className="rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">Book another</Link>}
      />
      <div role="tablist" aria-label="Which appointments" className="mb-4 inline-flex rounded-xl bg-slate-100 p-1">
        {(['upcoming', 'past'] as const).map((name) => (
          <button
            key={name}
            role="tab"
            aria-selected={tab === name}
            onClick={() => setTab(name)}
            className={`rounded-lg px-4 py-1.5 text-sm font-medium capitalize ${tab === name ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
          >
            {name}
          </button>
        ))}
      </div>
      <div className="mb-5 grid gap-3 sm:grid-cols-4">
        <label className="text-sm font-medium text-slate-700">
          Search notes
          <input type="search" value={searchText} onChange={(event) => setSearchText(event.target.value)} placeholder="e.g. budget" className={`mt-1 block w-full ${input}`} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value as AppointmentStatus | '')} className={`mt-1 block w-full ${input}`}>
            <option value="">Any status</option>
            {STATUSES.map((value) => <option key={value} value={value}>{value.replace('_', '-').toLowerCase().replace(/^./, (c) => c.toUpperCase())}</option>)}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          From
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} className={`mt-1 block w-full ${input}`} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          To
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} className={`mt-1 block w-full ${input}`} />
        </label>
      </div>
      {error ? <p role="alert" className="text-sm text-red-700">Your appointments could not be loaded. Please reload the page.</p> : null}
      {fetching && appointments.length === 0 ? (
        <LoadingBlock label="Loading appointments" />
      ) : appointments.length === 0 ? (
        <div className="rounded-2xl border-2 border-dashed border-slate-200 px-6 py-12 text-center">
          <p className="font-medium text-slate-900">{tab === 'upcoming' ? 'No upcoming appointments' : 'No past appointments'}</p>
          <p className="mt-1 text-sm text-slate-600">{search || status || from || to ? 'Nothing matches these filters.' : 'When you book a consultation it appears here.'}</p>
        </div>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          {appointments.map((appointment) => (
            <li key={appointment.id}>
              <Link
                to={`/appointments/${appointment.id}`}
                aria-label={`${spokenSlot(appointment.startTime, appointment.endTime, zone)}, ${appointment.status.toLowerCase()}`}
                className="flex flex-wrap items-center justify-between gap-3 px-5 py-4 hover:bg-slate-50"
              >
                <div>
                  <p className="font-medium text-slate-900">{formatDate(appointment.startTime, zone)}</p>
                  <p className="text-sm text-slate-600">
                    {formatRange(appointment.startTime, appointment.endTime, zone)}
                    {appointment.notes ? <span className="ml-2 text-slate-500">· {appointment.notes.slice(0, 60)}{appointment.notes.length > 60 ? '…' : ''}</span> : null}
                  </p>
                </div>
                <StatusBadge status={appointment.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {data?.myAppointments.pageInfo.hasNextPage ? (
        <div className="mt-4 text-center">
          <button onClick={() => setAfter(data.myAppointments.pageInfo.endCursor ?? null)} className="rounded-lg px-4 py-2 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50">
            Load more
          </button>
        </div>
      ) : null}
    </div>
  );
}
