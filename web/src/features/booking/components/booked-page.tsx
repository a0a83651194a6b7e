import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { NotFound } from '../../../components/not-found';
import { Button } from '../../../components/ui/button';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { formatDate, formatRange, timeZoneLabel, visitorTimeZone } from '../../../lib/format';
import { downloadIcs } from '../utils/download-ics';

const BookedQuery = graphql(`
  query Booked($id: ID!) {
    me {
      id
      timezone
    }
    appointment(id: $id) {
      id
      startTime
      endTime
      notes
      calendarSequence
      calendarOrganizer {
        name
        email
      }
      user {
        id
        email
      }
    }
    providerProfile {
      location
    }
  }
`);

/** Step 3: done. */
export function BookedPage() {
  const { id = '' } = useParams();
  // The network too: a move made since the cache was filled changes the time and the .ics SEQUENCE.
  const [{ data, fetching }] = useQuery({ query: BookedQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const appointment = data?.appointment;
  const location = data?.providerProfile.location ?? null;
  // The reader's own zone, as their account holds it: the same here, in My appointments and in the e-mails.
  const zone = data?.me?.timezone ?? visitorTimeZone();
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
        <span className="text-sm">{timeZoneLabel(zone, new Date(appointment.startTime))}</span>
      </p>
      {location ? <p className="mt-2 text-sm text-slate-600">Where: {location}</p> : null}
      <p className="mt-3 text-sm text-slate-600">A confirmation is on its way to {appointment.user.email}.</p>
      <div className="mt-6 flex flex-col justify-center gap-2 sm:flex-row">
        <Button onClick={() => downloadIcs(appointment, location)}>Add to calendar (.ics)</Button>
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
