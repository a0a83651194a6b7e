import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { NotFound } from '../../../components/not-found';
import { Button } from '../../../components/ui/button';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { browserTimeZone, formatDate, formatRange } from '../../../lib/format';
import { downloadIcs } from '../utils/download-ics';

const BookedQuery = graphql(`
  query Booked($id: ID!) {
    appointment(id: $id) {
      id
      startTime
      endTime
      notes
      user {
        id
        email
        timezone
      }
    }
  }
`);

/** Step 3: done. */
export function BookedPage() {
  const { id = '' } = useParams();
  const [{ data, fetching }] = useQuery({ query: BookedQuery, variables: { id } });
  const appointment = data?.appointment;
  const zone = localStorage.getItem('slotline.timezone') ?? appointment?.user.timezone ?? browserTimeZone();
  if (fetching) return <LoadingBlock label="Loading your booking" lines={2} />;
  if (!appointment) return <NotFound title="Booking not found" message="There is no booking at this address, or it belongs to another account." />;
  return (
    <div className="mx-auto max-w-lg rounded-2xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <div className="mx-auto flex size-14 items-center justify-center rounded-full bg-emerald-100 text-emerald-700" aria-hidden>
        <svg viewBox="0 0 24 24" className="size-7" fill="none" stroke="currentColor" strokeWidth="2.5">
          <path d="m5 12 5 5L20 7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
      <h1 className="mt-4 text-2xl font-bold tracking-tight">You're booked</h1>
      <p className="mt-2 text-slate-600">
        {formatDate(appointment.startTime, zone)}
        <br />
        <span className="text-lg font-semibold text-slate-900">{formatRange(appointment.startTime, appointment.endTime, zone)}</span>{' '}
        <span className="text-sm">({zone.replaceAll('_', ' ')})</span>
      </p>
      <p className="mt-3 text-sm text-slate-600">A confirmation is on its way to {appointment.user.email}.</p>
      <div className="mt-6 flex flex-col justify-center gap-2 sm:flex-row">
        <Button onClick={() => downloadIcs(appointment)}>Add to calendar (.ics)</Button>
        <Link
          to={`/appointments/${appointment.id}`}
          className="inline-flex items-center justify-center rounded-lg px-4 py-2.5 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50"
        >
          View appointment
        </Link>
      </div>
    </div>
  );
}
