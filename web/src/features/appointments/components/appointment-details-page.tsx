import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ContactLink } from '../../../components/contact-link';
import { NotFound } from '../../../components/not-found';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { Textarea } from '../../../components/ui/textarea';
import { useToast } from '../../../components/ui/toast';
import { graphql } from '../../../gql';
import { formatDate, formatRange, formatTime, timeZoneLabel, visitorTimeZone } from '../../../lib/format';
import { StatusBadge } from './status-badge';

const AppointmentDetailsQuery = graphql(`
  query AppointmentDetails($id: ID!) {
    me {
      id
      timezone
    }
    bookingPolicy {
      cancellationNoticeHours
    }
    providerProfile {
      displayName
      contactEmail
    }
    appointment(id: $id) {
      id
      startTime
      endTime
      status
      notes
      cancelReason
      createdAt
    }
  }
`);

const CancelMutation = graphql(`
  mutation Cancel($id: ID!, $reason: String) {
    cancelAppointment(input: { id: $id, reason: $reason }) {
      __typename
      ... on CancelAppointmentSuccess {
        appointment {
          id
          status
          cancelReason
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export function AppointmentDetailsPage() {
  const { id = '' } = useParams();
  const toast = useToast();
  const [{ data, fetching }] = useQuery({ query: AppointmentDetailsQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [cancelOpen, setCancelOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [cancelError, setCancelError] = useState<string | null>(null);
  const [cancelling, cancel] = useMutation(CancelMutation);
  if (fetching && !data) return <LoadingBlock label="Loading the appointment" lines={2} />;
  const appointment = data?.appointment;
  if (!appointment) {
    return <NotFound title="Appointment not found" message="There is no appointment at this address, or it belongs to another account." />;
  }
  const zone = data?.me?.timezone ?? visitorTimeZone();
  const provider = data?.providerProfile.displayName ?? 'your consultant';
  const noticeHours = data?.bookingPolicy.cancellationNoticeHours ?? 24;
  const deadline = new Date(Date.parse(appointment.startTime) - noticeHours * 3_600_000);
  const changeable = appointment.status === 'SCHEDULED' && deadline > new Date();
  const submitCancel = async () => {
    setCancelError(null);
    const result = await cancel({ id: appointment.id, reason: reason.trim() || null });
    const outcome = result.data?.cancelAppointment;
    if (outcome?.__typename === 'CancelAppointmentSuccess') {
      setCancelOpen(false);
      toast('Your consultation is cancelled. A confirmation e-mail is on its way.', 'success');
    } else {
      setCancelError(outcome && 'message' in outcome ? outcome.message : 'The appointment could not be cancelled. Please try again.');
    }
  };
  return (
    <div className="mx-auto max-w-2xl">
      <Link to="/appointments" className="text-sm font-medium text-brand-700 hover:underline">
        ← My appointments
      </Link>
      <div className="mt-3 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold tracking-tight">Consultation with {provider}</h1>
            <p className="mt-1 text-slate-700">{formatDate(appointment.startTime, zone)}</p>
            <p className="text-lg font-semibold">
              {formatRange(appointment.startTime, appointment.endTime, zone)}{' '}
              <span className="text-sm font-normal text-slate-500">{timeZoneLabel(zone, new Date(appointment.startTime))}</span>
            </p>
          </div>
          <StatusBadge status={appointment.status} />
        </div>
        <dl className="mt-6 grid gap-4 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-slate-500">Notes</dt>
            <dd className="mt-1 whitespace-pre-wrap text-slate-900">{appointment.notes || '—'}</dd>
          </div>
          {appointment.cancelReason ? (
            <div>
              <dt className="font-medium text-slate-500">Cancellation reason</dt>
              <dd className="mt-1 text-slate-900">{appointment.cancelReason}</dd>
            </div>
          ) : null}
        </dl>
        {appointment.status === 'SCHEDULED' ? (
          <div className="mt-8 border-t border-slate-200 pt-6">
            {changeable ? (
              <>
                <p className="text-sm text-slate-600">
                  You can move or cancel until {formatDate(deadline, zone, { weekday: 'short' })}, {formatTime(deadline, zone)} {timeZoneLabel(zone, deadline)}.
                </p>
                <div className="mt-4 flex flex-col gap-2 sm:flex-row">
                  <Link
                    to={`/?reschedule=${appointment.id}`}
                    className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800"
                  >
                    Reschedule
                  </Link>
                  <Button variant="secondary" onClick={() => setCancelOpen(true)}>
                    Cancel appointment
                  </Button>
                </div>
              </>
            ) : (
              <p className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
                You can no longer change or cancel this appointment online: changes are possible up to {noticeHours} hours before the start. To move or cancel
                it, please write to <ContactLink email={data?.providerProfile.contactEmail} name={provider} />.
              </p>
            )}
          </div>
        ) : null}
      </div>
      <Dialog open={cancelOpen} onClose={() => setCancelOpen(false)} title="Cancel this consultation?" description="The time becomes free for others at once.">
        <Field
          label={
            <>
              Reason <span className="font-normal text-slate-500">(optional, shared with {provider})</span>
            </>
          }
        >
          <Textarea rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
        </Field>
        {cancelError ? (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {cancelError}
          </p>
        ) : null}
        <div className="mt-4 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => setCancelOpen(false)}>
            Keep it
          </Button>
          <Button variant="danger" busy={cancelling.fetching} onClick={() => void submitCancel()}>
            Cancel appointment
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
