import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Textarea } from '../../../components/ui/textarea';
import { fieldErrors, oneOf, useFieldErrors } from '../../../lib/field-errors';

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
      ... on ValidationError {
        fields {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const isReason = oneOf(['reason'] as const);

/** The provider cancels a client's appointment, with a reason the client reads; `onCancelled` says it is done. */
export function AdminCancelDialog(props: { appointment: { id: string; label: string } | null; onClose: () => void; onCancelled: (message: string) => void }) {
  const [reason, setReason] = useState('');
  const { error, edited, setErrors } = useFieldErrors<'reason'>();
  const [cancelState, cancel] = useMutation(AdminCancelMutation);
  const close = () => {
    setErrors({});
    props.onClose();
  };
  const confirmCancel = async () => {
    if (!props.appointment) return;
    const answer = (await cancel({ id: props.appointment.id, reason: reason.trim() || null })).data?.cancelAppointment;
    if (answer?.__typename === 'CancelAppointmentSuccess') {
      setReason('');
      close();
      props.onCancelled('Cancelled; the client is notified by e-mail.');
    } else if (answer?.__typename === 'ValidationError') setErrors(fieldErrors(answer.fields, isReason));
    else setErrors({ form: answer && 'message' in answer ? answer.message : 'The appointment could not be cancelled; try again.' });
  };
  return (
    <Dialog open={props.appointment !== null} onClose={close} title="Cancel this appointment?" description={props.appointment?.label}>
      <Field label="Reason for the client" error={error('reason')}>
        <Textarea
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            edited('reason');
          }}
        />
      </Field>
      {error('form') ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {error('form')}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={close}>
          Keep it
        </Button>
        <Button variant="danger" busy={cancelState.fetching} onClick={() => void confirmCancel()}>
          Cancel appointment
        </Button>
      </div>
    </Dialog>
  );
}
