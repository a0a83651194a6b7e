import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Textarea } from '../../../components/ui/textarea';
import { useToast } from '../../../components/ui/toast';

const AdminCancelMutation = graphql(`
  mutation AdminCancel($id: ID!, $reason: String) {
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
      }
    }
  }
`);

/** The provider cancels a client's appointment, with a reason the client reads. */
export function AdminCancelDialog(props: { appointment: { id: string; label: string } | null; onClose: () => void }) {
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [cancelState, cancel] = useMutation(AdminCancelMutation);
  const confirmCancel = async () => {
    if (!props.appointment) return;
    const answer = (await cancel({ id: props.appointment.id, reason: reason.trim() || null })).data?.cancelAppointment;
    if (answer?.__typename === 'CancelAppointmentSuccess') {
      toast('Cancelled; the client is notified by e-mail.', 'success');
      setReason('');
      props.onClose();
    } else {
      toast(answer && 'message' in answer ? answer.message : 'The appointment could not be cancelled.', 'error');
    }
  };
  return (
    <Dialog open={props.appointment !== null} onClose={props.onClose} title="Cancel this appointment?" description={props.appointment?.label}>
      <Field label="Reason for the client">
        <Textarea rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
      </Field>
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={props.onClose}>
          Keep it
        </Button>
        <Button variant="danger" busy={cancelState.fetching} onClick={() => void confirmCancel()}>
          Cancel appointment
        </Button>
      </div>
    </Dialog>
  );
}
