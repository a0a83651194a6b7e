import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { useToast } from '../../../components/ui/toast';
import { browserTimeZone } from '../../../lib/format';
import { session } from '../../../lib/session';
import { useMediaQuery } from '../../../lib/use-media-query';
import { BookingContextQuery, BookMutation, RescheduleMutation, SaveTimezoneMutation } from '../api/documents';
import { useLiveSlots, type Slot } from '../utils/use-live-slots';
import { ConfirmDialog } from './confirm-dialog';
import { SlotCalendar } from './slot-calendar';
import { TimeZonePicker } from './time-zone-picker';

/** Step 1: pick a free time. Browsing needs no sign-in; confirming does. */
export function BookPage() {
  const [params, setParams] = useSearchParams();
  const rescheduleId = params.get('reschedule');
  const navigate = useNavigate();
  const location = useLocation();
  const toast = useToast();
  const compact = useMediaQuery('(max-width: 639px)');
  const [{ data: context }] = useQuery({ query: BookingContextQuery });
  const [chosenZone, setChosenZone] = useState<string | null>(() => localStorage.getItem('slotline.timezone'));
  const timeZone = chosenZone ?? context?.me?.timezone ?? browserTimeZone();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const { slots, loading, error, takenIds } = useLiveSlots(range);
  const [selected, setSelected] = useState<Slot | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [refused, setRefused] = useState<Set<string>>(new Set());
  const [, saveTimezone] = useMutation(SaveTimezoneMutation);
  const [booking, book] = useMutation(BookMutation);
  const [moving, reschedule] = useMutation(RescheduleMutation);

  // Back from sign-in with a slot chosen before: continue where the person was.
  const pendingSlot = params.get('slot');
  useEffect(() => {
    if (!pendingSlot || loading) return;
    const slot = slots.find((candidate) => candidate.id === pendingSlot);
    if (slot) setSelected(slot);
    setParams((current) => {
      current.delete('slot');
      return current;
    }, { replace: true });
  }, [pendingSlot, loading, slots]);

  const changeZone = (zone: string) => {
    setChosenZone(zone);
    localStorage.setItem('slotline.timezone', zone);
    if (session.token()) void saveTimezone({ timezone: zone });
  };

  const confirm = async (notes: string) => {
    if (!selected) return;
    if (!session.token()) {
      navigate('/sign-in', { state: { from: `${location.pathname}?${new URLSearchParams({ ...Object.fromEntries(params), slot: selected.id })}` } });
      return;
    }
    setServerError(null);
    if (rescheduleId) {
      const result = await reschedule({ id: rescheduleId, slotId: selected.id });
      const outcome = result.data?.rescheduleAppointment;
      if (outcome?.__typename === 'RescheduleAppointmentSuccess') {
        toast('Your consultation has been moved.', 'success');
        navigate(`/appointments/${rescheduleId}`);
      } else {
        setServerError(outcome && 'message' in outcome ? outcome.message : 'The appointment could not be moved. Please try again.');
      }
      return;
    }
    const result = await book({ slotId: selected.id, notes: notes.trim() || null });
    const outcome = result.data?.bookAppointment;
    if (outcome?.__typename === 'BookAppointmentSuccess') {
      navigate(`/booked/${outcome.appointment.id}`);
    } else if (outcome?.__typename === 'SlotUnavailableError') {
      setRefused((current) => new Set(current).add(selected.id));
    } else if (outcome?.__typename === 'UnauthenticatedError') {
      session.set({ token: null, user: null });
      navigate('/sign-in', { state: { from: `/?slot=${selected.id}` } });
    } else {
      setServerError(outcome && 'message' in outcome ? outcome.message : 'The booking did not go through. Please try again.');
    }
  };

  const taken = selected !== null && (takenIds.has(selected.id) || refused.has(selected.id));
  return (
    <div>
      <PageHeader
        title={rescheduleId ? 'Choose a new time' : 'Book a consultation'}
        subtitle={
          rescheduleId
            ? 'Pick a free time; your current appointment stays until you confirm the move.'
            : context
              ? `${context.bookingPolicy.slotMinutes}-minute sessions with ${context.providerProfile.displayName}. Free cancellation up to ${context.bookingPolicy.cancellationNoticeHours} hours before.`
              : '\u00a0'
        }
        actions={<TimeZonePicker value={timeZone} onChange={changeZone} />}
      />
      <ol className="mb-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600" aria-label="Booking steps">
        <li className="font-semibold text-brand-700" aria-current="step">1. Pick a time</li>
        <li>2. Confirm</li>
        <li>3. Done</li>
      </ol>
      {error ? <p role="alert" className="mb-4 rounded-xl bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-red-200">{error}</p> : null}
      <div className="relative">
        <SlotCalendar slots={slots} timeZone={timeZone} compact={compact} onPick={(slot) => { setServerError(null); setSelected(slot); }} onRangeChange={setRange} />
        {loading && slots.length === 0 ? (
          <div className="pointer-events-none absolute inset-x-5 top-24 space-y-3" role="status" aria-label="Loading free times">
            <Skeleton className="h-10 w-2/3" />
            <Skeleton className="h-10 w-1/2" />
            <Skeleton className="h-10 w-3/4" />
          </div>
        ) : null}
      </div>
      <ConfirmDialog
        slot={selected}
        timeZone={timeZone}
        rescheduling={Boolean(rescheduleId)}
        taken={taken}
        freeSlots={slots}
        busy={booking.fetching || moving.fetching}
        serverError={taken ? null : serverError}
        onChoose={(slot) => {
          setServerError(null);
          setSelected(slot);
        }}
        onConfirm={confirm}
        onClose={() => setSelected(null)}
      />
    </div>
  );
}
