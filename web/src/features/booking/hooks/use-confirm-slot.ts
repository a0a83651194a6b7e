import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { useToast } from '../../../components/ui/toast';
import { session } from '../../../lib/session';
import { clearNotesDraft } from '../utils/notes-draft';
import type { Slot } from './use-live-slots';

const BookMutation = graphql(`
  mutation Book($slotId: ID!, $notes: String) {
    bookAppointment(input: { slotId: $slotId, notes: $notes }) {
      __typename
      ... on BookAppointmentSuccess {
        appointment {
          id
          startTime
          endTime
          status
          notes
        }
      }
      ... on Error {
        message
        code
      }
      ... on ValidationError {
        fields {
          path
          message
        }
      }
    }
  }
`);

const RescheduleMutation = graphql(`
  mutation Reschedule($id: ID!, $slotId: ID!) {
    rescheduleAppointment(input: { id: $id, slotId: $slotId }) {
      __typename
      ... on RescheduleAppointmentSuccess {
        appointment {
          id
          startTime
          endTime
          status
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

/**
 * Step 2's action: books the chosen slot, or moves `rescheduleId` there. Signed-out visitors
 * go to sign in first and come back with the slot still chosen.
 */
export function useConfirmSlot(rescheduleId: string | null) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const toast = useToast();
  const [serverError, setServerError] = useState<string | null>(null);
  const [refused, setRefused] = useState<ReadonlySet<string>>(new Set());
  const [booking, book] = useMutation(BookMutation);
  const [moving, reschedule] = useMutation(RescheduleMutation);

  const confirm = async (slot: Slot, notes: string) => {
    if (!session.token()) {
      const back = new URLSearchParams({ ...Object.fromEntries(params), slot: slot.id, at: slot.startTime });
      void navigate('/sign-in', { state: { from: `${location.pathname}?${back}` } });
      return;
    }
    setServerError(null);
    if (rescheduleId) {
      const outcome = (await reschedule({ id: rescheduleId, slotId: slot.id })).data?.rescheduleAppointment;
      if (outcome?.__typename === 'RescheduleAppointmentSuccess') {
        toast('Your consultation has been moved.', 'success');
        void navigate(`/appointments/${rescheduleId}`);
      } else {
        setServerError(outcome && 'message' in outcome ? outcome.message : 'The appointment could not be moved. Please try again.');
      }
      return;
    }
    const outcome = (await book({ slotId: slot.id, notes: notes.trim() || null })).data?.bookAppointment;
    if (outcome?.__typename === 'BookAppointmentSuccess') {
      clearNotesDraft();
      void navigate(`/booked/${outcome.appointment.id}`);
    } else if (outcome?.__typename === 'SlotUnavailableError') {
      setRefused((current) => new Set(current).add(slot.id));
    } else if (outcome?.__typename === 'UnauthenticatedError') {
      session.set({ token: null, user: null });
      void navigate('/sign-in', { state: { from: `/?${new URLSearchParams({ slot: slot.id, at: slot.startTime })}` } });
    } else {
      setServerError(outcome && 'message' in outcome ? outcome.message : 'The booking did not go through. Please try again.');
    }
  };
  return { confirm, busy: booking.fetching || moving.fetching, serverError, clearServerError: () => setServerError(null), refused };
}
