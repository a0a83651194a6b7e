import { graphql, readFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { formatDate, formatRange } from '../../../lib/format';
import { OutcomeActions } from './outcome-actions';

export const STATUS_LABELS: Record<string, string> = { SCHEDULED: 'Scheduled', COMPLETED: 'Completed', CANCELLED: 'Cancelled', NO_SHOW: 'No-show' };

const AppointmentFragment = graphql(`
  fragment AdminAppointmentRow_appointment on Appointment {
    id
    startTime
    endTime
    status
    notes
    cancelReason
    user {
      id
      name
      email
    }
  }
`);

/** One appointment in the provider's table, with what can be done to it now. */
export function AdminAppointmentRow(props: {
  appointment: FragmentType<typeof AppointmentFragment>;
  zone: string;
  /** The time the table is shown at, renewed as time passes. */
  now: number;
  onCancel: (id: string, label: string) => void;
}) {
  const row = readFragment(AppointmentFragment, props.appointment);
  const { zone } = props;
  const started = Date.parse(row.startTime) <= props.now;
  const label = `${row.user.name}, ${formatDate(row.startTime, zone)} ${formatRange(row.startTime, row.endTime, zone)}`;
  return (
    <tr className="max-sm:block max-sm:px-4 max-sm:py-2">
      <td className="whitespace-nowrap px-4 py-3 max-sm:block max-sm:p-0 max-sm:py-1 max-sm:font-medium">
        {formatDate(row.startTime, zone, { weekday: 'short' })}
        <br />
        <span className="text-slate-600">{formatRange(row.startTime, row.endTime, zone)}</span>
      </td>
      <td className="px-4 py-3 max-sm:block max-sm:p-0 max-sm:py-1">
        {row.user.name}
        <br />
        <span className="break-all text-slate-600">{row.user.email}</span>
      </td>
      <td className="px-4 py-3 max-sm:block max-sm:p-0 max-sm:py-1">
        {STATUS_LABELS[row.status]}
        {row.cancelReason ? <span className="block text-xs text-slate-600">{row.cancelReason}</span> : null}
      </td>
      <td className="max-w-xs px-4 py-3 text-slate-600 max-sm:block max-sm:max-w-none max-sm:p-0 max-sm:py-1">{row.notes ?? '—'}</td>
      <td className="whitespace-nowrap px-4 py-3 text-right max-sm:block max-sm:p-0 max-sm:py-1 max-sm:text-left">
        {row.status === 'SCHEDULED' && started ? (
          <OutcomeActions appointmentId={row.id} label={label} />
        ) : row.status === 'SCHEDULED' ? (
          <Button variant="secondary" aria-label={`Cancel: ${label}`} onClick={() => props.onCancel(row.id, label)}>
            Cancel
          </Button>
        ) : null}
      </td>
    </tr>
  );
}
