import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { PageHeader } from '../../../components/ui/page-header';
import { browserTimeZone, rememberPickedTimeZone, visitorTimeZone } from '../../../lib/format';
import { session } from '../../../lib/session';
import { useConfirmSlot } from '../hooks/use-confirm-slot';
import { useLiveSlots, type Slot } from '../hooks/use-live-slots';
import { dayOf, monthOf, monthWindow } from '../utils/month-days';
import { ConfirmDialog } from './confirm-dialog';
import { MovingBanner } from './moving-banner';
import { SlotPicker } from './slot-picker';
import { TimeZonePicker } from './time-zone-picker';

const BookingContextQuery = graphql(`
  query BookingContext {
    me {
      id
      timezone
    }
    bookingPolicy {
      timezone
      slotMinutes
      cancellationNoticeHours
      minBookingNoticeHours
      maxDaysAhead
    }
    providerProfile {
      displayName
      contactEmail
    }
  }
`);

const SaveTimezoneMutation = graphql(`
  mutation SaveTimezone($timezone: String!) {
    updateMyProfile(input: { timezone: $timezone }) {
      __typename
      ... on UpdateMyProfileSuccess {
        user {
          id
          timezone
        }
      }
    }
  }
`);

/** Step 1: pick a free time. Browsing needs no sign-in; confirming does. */
export function BookPage() {
  const [params, setParams] = useSearchParams();
  const rescheduleId = params.get('reschedule');
  const [{ data: context }] = useQuery({ query: BookingContextQuery });
  // Signed in, the account's zone rules (the same on every device); before that, the visitor's pick or browser.
  const [visitorZone, setVisitorZone] = useState(visitorTimeZone);
  const accountZone = context?.me?.timezone ?? null;
  const timeZone = accountZone ?? visitorZone;
  const [month, setMonth] = useState(() => monthOf(dayOf(new Date(), timeZone)));
  const range = useMemo(() => monthWindow(month, timeZone), [month, timeZone]);
  const { slots, loading, error, takenIds } = useLiveSlots(range);
  const [opened] = useState(() => Date.now());
  const maxDaysAhead = context?.bookingPolicy.maxDaysAhead;
  const bookableUntil = useMemo(() => (maxDaysAhead ? new Date(opened + maxDaysAhead * 86_400_000).toISOString() : null), [opened, maxDaysAhead]);
  const [selected, setSelected] = useState<Slot | null>(null);
  const { confirm, busy, serverError, clearServerError, refused } = useConfirmSlot(rescheduleId);
  const [, saveTimezone] = useMutation(SaveTimezoneMutation);

  // Back from sign-in with a slot chosen before: continue where the person was, once the slots are in. The choice
  // is made while rendering; the effect only takes the slot out of the address.
  const pendingSlot = params.get('slot');
  const pendingAt = params.get('at');
  const pendingMonth = pendingAt && !Number.isNaN(Date.parse(pendingAt)) ? monthOf(dayOf(pendingAt, timeZone)) : null;
  const [resumedSlot, setResumedSlot] = useState<string | null>(null);
  if (pendingSlot !== resumedSlot) {
    if (pendingMonth && pendingMonth !== month) {
      setMonth(pendingMonth);
    } else if (pendingSlot === null || !loading) {
      setResumedSlot(pendingSlot);
      const slot = pendingSlot === null ? undefined : slots.find((candidate) => candidate.id === pendingSlot);
      if (slot) setSelected(slot);
    }
  }
  useEffect(() => {
    if (!pendingSlot || loading) return;
    setParams(
      (current) => {
        current.delete('slot');
        current.delete('at');
        return current;
      },
      { replace: true },
    );
  }, [pendingSlot, loading, setParams]);

  const changeZone = (zone: string) => {
    if (session.token()) {
      void saveTimezone({ timezone: zone });
    } else {
      setVisitorZone(zone);
      rememberPickedTimeZone(zone);
    }
  };
  const pick = (slot: Slot) => {
    clearServerError();
    setSelected(slot);
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
        actions={<TimeZonePicker value={timeZone} onChange={changeZone} suggestion={accountZone ? browserTimeZone() : null} />}
      />
      {rescheduleId ? <MovingBanner appointmentId={rescheduleId} timeZone={timeZone} /> : null}
      <ol className="mb-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600" aria-label="Booking steps">
        <li className="font-semibold text-brand-700" aria-current="step">
          1. Pick a time
        </li>
        <li>2. Confirm</li>
        <li>3. Done</li>
      </ol>
      {error ? (
        <p role="alert" className="mb-4 rounded-xl bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-red-200">
          {error}
        </p>
      ) : null}
      <SlotPicker
        month={month}
        onMonthChange={setMonth}
        monthEnd={range.to}
        slots={slots}
        loading={loading}
        timeZone={timeZone}
        bookableUntil={bookableUntil}
        onPick={pick}
      />
      <ConfirmDialog
        slot={selected}
        timeZone={timeZone}
        rescheduling={Boolean(rescheduleId)}
        taken={taken}
        freeSlots={slots}
        busy={busy}
        serverError={taken ? null : serverError}
        policy={
          context
            ? {
                cancellationNoticeHours: context.bookingPolicy.cancellationNoticeHours,
                contactEmail: context.providerProfile.contactEmail ?? null,
                providerName: context.providerProfile.displayName,
              }
            : null
        }
        onChoose={pick}
        onConfirm={(notes) => selected && void confirm(selected, notes)}
        onClose={() => setSelected(null)}
      />
    </div>
  );
}
