import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { AppointmentStatus } from '../../../gql/graphql';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { useToast } from '../../../components/ui/toast';
import { formatDate, formatRange } from '../../../lib/format';
import { AdminAppointmentsQuery, AdminCancelMutation, MarkMutation } from '../api/documents';

const STATUS_LABELS: Record<string, string> = { SCHEDULED: 'Scheduled', COMPLETED: 'Completed', CANCELLED: 'Cancelled', NO_SHOW: 'No-show' };
const input = 'rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600';

/** Every client's appointments, with the provider's actions on each. */
export function AppointmentsTable() {
  const toast = useToast();
  const [status, setStatus] = useState<AppointmentStatus | ''>('');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [cancelling, setCancelling] = useState<{ id: string; label: string } | null>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), 300);
    return () => clearTimeout(timer);
  }, [searchText]);
  useEffect(() => setAfter(null), [status, search, from, to]);
  const filter = {
    ...(status ? { status: [status] } : {}),
    ...(search ? { search } : {}),
    ...(from ? { from: new Date(`${from}T00:00:00`).toISOString() } : {}),
    ...(to ? { to: new Date(`${to}T23:59:59`).toISOString() } : {}),
  };
  const [{ data, fetching }, refetch] = useQuery({ query: AdminAppointmentsQuery, variables: { filter, sort: 'START_TIME_DESC' as const, after }, requestPolicy: 'cache-and-network' });
  const [, mark] = useMutation(MarkMutation);
  const [cancelState, cancel] = useMutation(AdminCancelMutation);
  const zone = data?.providerProfile.timezone ?? 'Europe/Luxembourg';
  const rows = data?.appointments.edges.map((edge) => edge.node) ?? [];

  const markAs = async (id: string, outcome: 'COMPLETED' | 'NO_SHOW') => {
    const result = await mark({ id, status: outcome });
    const answer = result.data?.setAppointmentStatus;
    if (answer?.__typename === 'SetAppointmentStatusSuccess') toast(outcome === 'COMPLETED' ? 'Marked as completed.' : 'Marked as a no-show.', 'success');
    else toast(answer && 'message' in answer ? answer.message : 'That did not work; please try again.', 'error');
  };
  const confirmCancel = async () => {
    if (!cancelling) return;
    const result = await cancel({ id: cancelling.id, reason: reason.trim() || null });
    const answer = result.data?.cancelAppointment;
    if (answer?.__typename === 'CancelAppointmentSuccess') {
      toast('Cancelled; the client is notified by e-mail.', 'success');
      setCancelling(null);
      setReason('');
      refetch({ requestPolicy: 'network-only' });
    } else {
      toast(answer && 'message' in answer ? answer.message : 'The appointment could not be cancelled.', 'error');
    }
  };

  return (
    <div>
      <div className="mb-4 flex flex-wrap gap-3">
        <label className="text-sm font-medium text-slate-700">
          Search notes
          <input type="search" value={searchText} onChange={(event) => setSearchText(event.target.value)} className={`mt-1 block ${input}`} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          From
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} className={`mt-1 block ${input}`} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          To
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} className={`mt-1 block ${input}`} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value as AppointmentStatus | '')} className={`mt-1 block ${input}`}>
            <option value="">Any status</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
      </div>
      {fetching && rows.length === 0 ? (
        <LoadingBlock label="Loading appointments" />
      ) : rows.length === 0 ? (
        <p className="rounded-2xl border-2 border-dashed border-slate-200 px-6 py-10 text-center text-sm text-slate-600">No appointments match.</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Appointments, latest first</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr><th scope="col" className="px-4 py-3">When</th><th scope="col" className="px-4 py-3">Client</th><th scope="col" className="px-4 py-3">Status</th><th scope="col" className="px-4 py-3">Notes</th><th scope="col" className="px-4 py-3"><span className="sr-only">Actions</span></th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => {
                const started = Date.parse(row.startTime) <= Date.now();
                const label = `${row.user.name}, ${formatDate(row.startTime, zone)} ${formatRange(row.startTime, row.endTime, zone)}`;
                return (
                  <tr key={row.id}>
                    <td className="whitespace-nowrap px-4 py-3">{formatDate(row.startTime, zone, { weekday: 'short' })}<br /><span className="text-slate-600">{formatRange(row.startTime, row.endTime, zone)}</span></td>
                    <td className="px-4 py-3">{row.user.name}<br /><span className="text-slate-600">{row.user.email}</span></td>
                    <td className="px-4 py-3">{STATUS_LABELS[row.status]}{row.cancelReason ? <span className="block text-xs text-slate-500">{row.cancelReason}</span> : null}</td>
                    <td className="max-w-xs px-4 py-3 text-slate-600">{row.notes ?? '—'}</td>
                    <td className="whitespace-nowrap px-4 py-3 text-right">
                      {row.status === 'SCHEDULED' && started ? (
                        <span className="inline-flex gap-2">
                          <Button variant="secondary" aria-label={`Mark completed: ${label}`} onClick={() => markAs(row.id, 'COMPLETED')}>Completed</Button>
                          <Button variant="secondary" aria-label={`Mark no-show: ${label}`} onClick={() => markAs(row.id, 'NO_SHOW')}>No-show</Button>
                        </span>
                      ) : row.status === 'SCHEDULED' ? (
                        <Button variant="secondary" aria-label={`Cancel: ${label}`} onClick={() => setCancelling({ id: row.id, label })}>Cancel</Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {data?.appointments.pageInfo.hasNextPage ? (
        <div className="mt-4 text-center"><Button variant="ghost" onClick={() => setAfter(data.appointments.pageInfo.endCursor ?? null)}>Next page</Button></div>
      ) : null}
      <Dialog open={cancelling !== null} onClose={() => setCancelling(null)} title="Cancel this appointment?" description={cancelling?.label}>
        <label htmlFor="admin-reason" className="block text-sm font-medium text-slate-800">Reason for the client</label>
        <textarea id="admin-reason" rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} className={`mt-1 block w-full ${input}`} />
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setCancelling(null)}>Keep it</Button>
          <Button variant="danger" busy={cancelState.fetching} onClick={confirmCancel}>Cancel appointment</Button>
        </div>
      </Dialog>
    </div>
  );
}
