import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { formatDate, formatRange } from '../../../lib/format';

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

const MarkMutation = graphql(`
  mutation Mark($id: ID!, $status: AppointmentOutcome!) {
    setAppointmentStatus(input: { id: $id, status: $status }) {
      __typename
      ... on SetAppointmentStatusSuccess {
        appointment {
          id
          status
        }
      }
      ... on Error {
        message
      }
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
  const toast = useToast();
  const [, mark] = useMutation(MarkMutation);
  const { zone } = props;
  const markAs = async (outcome: 'COMPLETED' | 'NO_SHOW') => {
    const answer = (await mark({ id: row.id, status: outcome })).data?.setAppointmentStatus;
    if (answer?.__typename === 'SetAppointmentStatusSuccess') toast(outcome === 'COMPLETED' ? 'Marked as completed.' : 'Marked as a no-show.', 'success');
    else toast(answer && 'message' in answer ? answer.message : 'That did not work; please try again.', 'error');
  };
  const started = Date.parse(row.startTime) <= props.now;
  const label = `${row.user.name}, ${formatDate(row.startTime, zone)} ${formatRange(row.startTime, row.endTime, zone)}`;
  return (
    <tr>
      <td className="whitespace-nowrap px-4 py-3">
        {formatDate(row.startTime, zone, { weekday: 'short' })}
        <br />
        <span className="text-slate-600">{formatRange(row.startTime, row.endTime, zone)}</span>
      </td>
      <td className="px-4 py-3">
        {row.user.name}
        <br />
        <span className="text-slate-600">{row.user.email}</span>
      </td>
      <td className="px-4 py-3">
        {STATUS_LABELS[row.status]}
        {row.cancelReason ? <span className="block text-xs text-slate-500">{row.cancelReason}</span> : null}
      </td>
      <td className="max-w-xs px-4 py-3 text-slate-600">{row.notes ?? '—'}</td>
      <td className="whitespace-nowrap px-4 py-3 text-right">
        {row.status === 'SCHEDULED' && started ? (
          <span className="inline-flex gap-2">
            <Button variant="secondary" aria-label={`Mark completed: ${label}`} onClick={() => void markAs('COMPLETED')}>
              Completed
            </Button>
            <Button variant="secondary" aria-label={`Mark no-show: ${label}`} onClick={() => void markAs('NO_SHOW')}>
              No-show
            </Button>
          </span>
        ) : row.status === 'SCHEDULED' ? (
          <Button variant="secondary" aria-label={`Cancel: ${label}`} onClick={() => props.onCancel(row.id, label)}>
            Cancel
          </Button>
        ) : null}
      </td>
    </tr>
  );
}
