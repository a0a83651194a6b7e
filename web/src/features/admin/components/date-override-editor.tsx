import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { fieldErrors, oneOf, problemsOf, type FieldErrors, type FieldProblem } from '../../../lib/field-errors';
import { dateInputInDays, formatDate } from '../../../lib/format';
import { describeSlotChange, SlotChangeReview, type SlotChangeSummaryData } from './slot-change-review';

const AvailabilityFragment = graphql(`
  fragment DateOverrideEditor_availability on Availability {
    timezone
    dateOverrides {
      date
      closed
      hours {
        start
        end
      }
    }
  }
`);

const PreviewOverrideQuery = graphql(`
  query PreviewDateOverride($input: SetDateOverrideInput!) {
    previewDateOverride(input: $input) {
      ...SlotChangeReview_summary
    }
  }
`);

const SetOverrideMutation = graphql(`
  mutation SetOverride($input: SetDateOverrideInput!) {
    setDateOverride(input: $input) {
      __typename
      ... on DateOverrideSuccess {
        date
        slots {
          ...SlotChangeCounts_summary
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

const RemoveOverrideMutation = graphql(`
  mutation RemoveOverride($date: String!) {
    removeDateOverride(date: $date) {
      __typename
      ... on DateOverrideSuccess {
        date
        slots {
          ...SlotChangeCounts_summary
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

type FieldName = 'date' | 'start' | 'end';
// "hours.0.start" and "hours.0.end" to their time fields; the rest (the date, "hours" itself) to the date.
const overrideFieldOf = (segments: string[]): FieldName => (segments.at(-1) === 'end' ? 'end' : segments[0] === 'hours' ? 'start' : 'date');
const isOverrideField = oneOf<FieldName>(['date', 'start', 'end']);
const overrideErrors = (problems: readonly FieldProblem[]) => fieldErrors(problems, isOverrideField, overrideFieldOf);

/** Days off and special hours for single dates; the date's existing slots follow, after a review. */
export function DateOverrideEditor(props: { availability: FragmentType<typeof AvailabilityFragment> }) {
  const { timezone, dateOverrides } = readFragment(AvailabilityFragment, props.availability);
  const client = useClient();
  const [date, setDate] = useState(() => dateInputInDays(7));
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [errors, setErrors] = useState<FieldErrors<FieldName>>({});
  const [review, setReview] = useState<SlotChangeSummaryData | null>(null);
  const [status, setStatus] = useState('');
  const [saving, save] = useMutation(SetOverrideMutation);
  const [, remove] = useMutation(RemoveOverrideMutation);
  const specialHours = Boolean(start || end);
  const input = { date, hours: specialHours ? [{ start, end }] : [] };
  const dayLabel = (day: string) => formatDate(`${day}T12:00:00Z`, 'UTC', { weekday: 'short', day: 'numeric', month: 'short', year: undefined });

  const edit = (change: () => void) => {
    change();
    setReview(null);
    setErrors({});
  };
  const runReview = async () => {
    setStatus('');
    if (specialHours && (!start || !end)) return setErrors({ [start ? 'end' : 'start']: 'Give both times, or neither for a day off.' });
    const result = await client.query(PreviewOverrideQuery, { input }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) return setReview(result.data.previewDateOverride);
    const problems = problemsOf(result.error);
    setErrors(problems ? overrideErrors(problems) : { date: result.error?.graphQLErrors[0]?.message ?? 'The review failed; try again.' });
  };
  const confirm = async () => {
    const answer = (await save({ input })).data?.setDateOverride;
    if (answer?.__typename === 'DateOverrideSuccess') {
      setReview(null);
      setStatus(`${specialHours ? 'Special hours' : 'Day off'} on ${dayLabel(answer.date)} saved. ${describeSlotChange(answer.slots, 'did')}`);
    } else if (answer?.__typename === 'ValidationError') setErrors(overrideErrors(answer.fields));
    else setStatus(answer?.message ?? 'Not saved; try again.');
  };
  const removeOverride = async (day: string) => {
    const answer = (await remove({ date: day })).data?.removeDateOverride;
    setStatus(
      answer?.__typename === 'DateOverrideSuccess'
        ? `Weekly hours apply again on ${dayLabel(answer.date)}. ${describeSlotChange(answer.slots, 'did')}`
        : (answer?.message ?? 'Not removed; try again.'),
    );
  };

  return (
    <div>
      <h3 className="mt-6 text-sm font-semibold">Days off and special hours</h3>
      <p className="mt-1 text-sm text-slate-600">Leave the times empty for a day off. The date&apos;s free slots follow at once; booked ones stay.</p>
      <div className="mt-2 flex flex-wrap items-start gap-x-3 gap-y-1">
        <Field label="Date" error={errors.date ?? null}>
          <Input type="date" value={date} onChange={(event) => edit(() => setDate(event.target.value))} />
        </Field>
        <Field label="Opens at" error={errors.start ?? null}>
          <Input type="time" value={start} onChange={(event) => edit(() => setStart(event.target.value))} />
        </Field>
        <Field label="Closes at" error={errors.end ?? null}>
          <Input type="time" value={end} onChange={(event) => edit(() => setEnd(event.target.value))} />
        </Field>
      </div>
      {review ? null : (
        <Button variant="secondary" onClick={() => void runReview()}>
          {specialHours ? 'Review special hours' : 'Review day off'}
        </Button>
      )}
      {review ? (
        <SlotChangeReview
          summary={review}
          timeZone={timezone}
          confirmLabel={specialHours ? 'Save special hours' : 'Mark as day off'}
          busy={saving.fetching}
          onConfirm={() => void confirm()}
          onCancel={() => setReview(null)}
        />
      ) : null}
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
        {status}
      </p>
      <ul className="mt-1 divide-y divide-slate-100 text-sm">
        {dateOverrides.map((override) => (
          <li key={override.date} className="flex items-center justify-between py-2">
            <span>
              {dayLabel(override.date)}: {override.closed ? 'day off' : override.hours.map((hours) => `${hours.start}–${hours.end}`).join(', ')}
            </span>
            <button className="text-sm font-semibold text-brand-700 hover:underline" onClick={() => void removeOverride(override.date)}>
              Remove<span className="sr-only"> {override.date}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
