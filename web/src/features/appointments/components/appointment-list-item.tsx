import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../../gql';
import { formatDate, formatRange, spokenSlot, timeZoneLabel } from '../../../lib/format';
import { StatusBadge } from './status-badge';

const AppointmentFragment = graphql(`
  fragment AppointmentListItem_appointment on Appointment {
    id
    startTime
    endTime
    status
    notes
  }
`);

export function AppointmentListItem(props: { appointment: FragmentType<typeof AppointmentFragment>; zone: string }) {
  const appointment = readFragment(AppointmentFragment, props.appointment);
  const { zone } = props;
  return (
    <li>
      <Link
        to={`/appointments/${appointment.id}`}
        aria-label={`${spokenSlot(appointment.startTime, appointment.endTime, zone)}, ${appointment.status.toLowerCase()}`}
        className="flex flex-wrap items-center justify-between gap-3 px-5 py-4 hover:bg-slate-50"
      >
        <div>
          <p className="font-medium text-slate-900">{formatDate(appointment.startTime, zone)}</p>
          <p className="text-sm text-slate-600">
            {formatRange(appointment.startTime, appointment.endTime, zone)} {timeZoneLabel(zone, new Date(appointment.startTime))}
            {appointment.notes ? (
              <span className="ml-2 text-slate-500">
                · {appointment.notes.slice(0, 60)}
                {appointment.notes.length > 60 ? '…' : ''}
              </span>
            ) : null}
          </p>
        </div>
        <StatusBadge status={appointment.status} />
      </Link>
    </li>
  );
}
