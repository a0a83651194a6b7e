import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { Button } from '../../../components/ui/button';

const MarkMutation = graphql(`
  mutation Mark($id: ID!, $status: AppointmentOutcome!) {
    setAppointmentStatus(input: { id: $id, status: $status }) {
      __typename
      ... on SetAppointmentStatusSuccess {
        appointment {
          id
          status
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

type Outcome = 'COMPLETED' | 'NO_SHOW';
const DONE: Record<Outcome, string> = { COMPLETED: 'Marked as completed.', NO_SHOW: 'Marked as a no-show.' };
const CHANGE: Record<Outcome, string> = { COMPLETED: 'Change to completed', NO_SHOW: 'Change to no-show' };
const ASK: Record<Outcome, string> = { COMPLETED: 'Mark as completed?', NO_SHOW: 'Mark as a no-show?' };

/**
 * How a started appointment went: each mark is confirmed first, and can be changed right after
 * (a later mark replaces an earlier one).
 */
export function OutcomeActions(props: { appointmentId: string; label: string }) {
  const [, mark] = useMutation(MarkMutation);
  const [asking, setAsking] = useState<Outcome | null>(null);
  const [marked, setMarked] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState('');
  const record = async (outcome: Outcome) => {
    const answer = (await mark({ id: props.appointmentId, status: outcome })).data?.setAppointmentStatus;
    setAsking(null);
    if (answer?.__typename === 'SetAppointmentStatusSuccess') {
      setProblem('');
      setMarked(outcome);
    } else setProblem(answer && 'message' in answer ? answer.message : 'That did not work; please try again.');
  };
  if (asking) {
    return (
      <span role="group" aria-label={`${ASK[asking]} ${props.label}`} className="inline-flex flex-wrap items-center justify-end gap-2">
        <span className="text-sm text-slate-700">{ASK[asking]}</span>
        <Button onClick={() => void record(asking)}>Confirm</Button>
        <Button variant="secondary" onClick={() => setAsking(null)}>
          Keep
        </Button>
      </span>
    );
  }
  if (marked) {
    const other: Outcome = marked === 'COMPLETED' ? 'NO_SHOW' : 'COMPLETED';
    return (
      <span role="status" className="inline-flex flex-wrap items-center justify-end gap-2 text-sm text-slate-700">
        {DONE[marked]}
        <Button variant="ghost" aria-label={`${CHANGE[other]}: ${props.label}`} onClick={() => void record(other)}>
          {CHANGE[other]}
        </Button>
        {problem ? <span className="w-full text-right text-xs text-red-700">{problem}</span> : null}
      </span>
    );
  }
  return (
    <span className="inline-flex flex-wrap justify-end gap-2">
      <Button variant="secondary" aria-label={`Mark completed: ${props.label}`} onClick={() => setAsking('COMPLETED')}>
        Completed
      </Button>
      <Button variant="secondary" aria-label={`Mark no-show: ${props.label}`} onClick={() => setAsking('NO_SHOW')}>
        No-show
      </Button>
      {problem ? (
        <span role="alert" className="w-full text-right text-xs text-red-700">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
