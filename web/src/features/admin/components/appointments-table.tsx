import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { AppointmentStatus } from '../../../gql/graphql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { useNow } from '../../../hooks/use-now';
import { usePageCursor } from '../../../hooks/use-page-cursor';
import { AdminAppointmentRow, STATUS_LABELS } from './admin-appointment-row';
import { AdminCancelDialog } from './admin-cancel-dialog';

const AdminAppointmentsQuery = graphql(`
  query AdminAppointments($filter: AppointmentFilter, $sort: AppointmentSort, $after: String) {
    providerProfile {
      timezone
    }
    appointments(filter: $filter, sort: $sort, first: 20, after: $after) {
      edges {
        node {
          id
          ...AdminAppointmentRow_appointment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Every client's appointments, with the provider's actions on each. */
export function AppointmentsTable() {
  const [status, setStatus] = useState<AppointmentStatus | ''>('');
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim());
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [cancelling, setCancelling] = useState<{ id: string; label: string } | null>(null);
  const [said, setSaid] = useState('');
  const now = useNow();
  const [after, setAfter, pages] = usePageCursor([status, search, from, to]);
  const backwards = Boolean(from && to && to < from);
  const filter = {
    ...(status ? { status: [status] } : {}),
    ...(search ? { search } : {}),
    ...(from ? { from: new Date(`${from}T00:00:00`).toISOString() } : {}),
    ...(to && !backwards ? { to: new Date(`${to}T23:59:59`).toISOString() } : {}),
  };
  const [{ data, fetching }] = useQuery({
    query: AdminAppointmentsQuery,
    variables: { filter, sort: 'START_TIME_DESC' as const, after },
    requestPolicy: 'cache-and-network',
  });
  const zone = data?.providerProfile.timezone ?? 'Europe/Luxembourg';
  const rows = data?.appointments.edges.map((edge) => edge.node) ?? [];

  return (
    <div>
      <div className="mb-4 flex flex-wrap gap-3">
        <Field label="Search notes">
          <Input type="search" value={searchText} onChange={(event) => setSearchText(event.target.value)} />
        </Field>
        <Field label="From">
          <Input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </Field>
        <Field label="To" error={backwards ? 'Must not be before "From".' : null}>
          <Input type="date" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} />
        </Field>
        <Field label="Status">
          <Select value={status} onChange={(event) => setStatus(event.target.value as AppointmentStatus | '')}>
            <option value="">Any status</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <p role="status" className="mb-2 min-h-5 text-sm text-slate-700">
        {said}
      </p>
      {fetching && rows.length === 0 ? (
        <LoadingBlock label="Loading appointments" />
      ) : rows.length === 0 ? (
        <p className="rounded-2xl border-2 border-dashed border-slate-200 px-6 py-10 text-center text-sm text-slate-600">No appointments match.</p>
      ) : (
        // On a phone each row is a card: the columns stack, so nothing is wider than the screen.
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm max-sm:block">
            <caption className="sr-only">Appointments, latest first; page {pages.page}</caption>
            <thead className="bg-slate-50 max-sm:sr-only text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3">
                  When
                </th>
                <th scope="col" className="px-4 py-3">
                  Client
                </th>
                <th scope="col" className="px-4 py-3">
                  Status
                </th>
                <th scope="col" className="px-4 py-3">
                  Notes
                </th>
                <th scope="col" className="px-4 py-3">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 max-sm:block">
              {rows.map((row) => (
                <AdminAppointmentRow key={row.id} appointment={row} zone={zone} now={now} onCancel={(id, label) => setCancelling({ id, label })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages.page > 1 || data?.appointments.pageInfo.hasNextPage ? (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-center gap-3">
          <Button variant="ghost" disabled={pages.page === 1} onClick={() => pages.previous()}>
            Previous page
          </Button>
          <span className="text-sm text-slate-600">Page {pages.page}</span>
          <Button variant="ghost" disabled={!data?.appointments.pageInfo.hasNextPage} onClick={() => setAfter(data?.appointments.pageInfo.endCursor ?? null)}>
            Next page
          </Button>
        </nav>
      ) : null}
      <AdminCancelDialog appointment={cancelling} onClose={() => setCancelling(null)} onCancelled={setSaid} />
    </div>
  );
}
