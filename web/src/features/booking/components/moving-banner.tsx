import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatDate, formatRange, timeZoneLabel } from '../../../lib/format';

const MovingAppointmentQuery = graphql(`
  query MovingAppointment($id: ID!) {
    appointment(id: $id) {
      id
      startTime
      endTime
      status
    }
  }
`);

/** While rescheduling: which appointment is being moved, in the viewer's zone. */
export function MovingBanner({ appointmentId, timeZone }: { appointmentId: string; timeZone: string }) {
  const [{ data, fetching }] = useQuery({ query: MovingAppointmentQuery, variables: { id: appointmentId } });
  const appointment = data?.appointment;
  if (fetching && !appointment) return <p className="mb-4 h-12 animate-pulse rounded-xl bg-slate-100" aria-hidden />;
  if (!appointment || appointment.status !== 'SCHEDULED') {
    return (
      <p role="alert" className="mb-4 rounded-xl bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-red-200">
        This appointment cannot be moved: it was not found, or it is no longer scheduled.
      </p>
    );
  }
  return (
    <p className="mb-4 rounded-xl bg-brand-50 px-4 py-3 text-sm text-brand-900 ring-1 ring-brand-100">
      Moving your appointment on{' '}
      <strong>
        {formatDate(appointment.startTime, timeZone, { year: undefined })}, {formatRange(appointment.startTime, appointment.endTime, timeZone)}
      </strong>
      , {timeZoneLabel(timeZone, new Date(appointment.startTime))}
    </p>
  );
}
