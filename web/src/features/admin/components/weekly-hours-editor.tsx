import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { fieldErrors, problemsOf, type FieldErrors, type FieldProblem } from '../../../lib/field-errors';
import { TIME_ZONES } from '../../../lib/format';
import { describeSlotChange, SlotChangeReview, type SlotChangeSummaryData } from './slot-change-review';

const AvailabilityFragment = graphql(`
  fragment WeeklyHoursEditor_availability on Availability {
    timezone
    slotMinutes
    weeklyHours {
      weekday
      start
      end
    }
  }
`);

const PreviewHoursQuery = graphql(`
  query PreviewHours($input: UpdateAvailabilityInput!) {
    previewAvailabilityChange(input: $input) {
      ...SlotChangeReview_summary
    }
  }
`);

const SaveHoursMutation = graphql(`
  mutation SaveHours($input: UpdateAvailabilityInput!) {
    updateAvailability(input: $input) {
      __typename
      ... on UpdateAvailabilitySuccess {
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

type HoursField = 'slotMinutes' | 'timezone' | `weeklyHours.${number}`;
const isHoursField = (name: string): name is HoursField => name === 'slotMinutes' || name === 'timezone' || /^weeklyHours\.\d+$/.test(name);
// "input.weeklyHours.2.end" belongs to the interval: both of its times are marked.
const hoursFieldOf = (segments: string[]) => (segments[0] === 'weeklyHours' ? `weeklyHours.${segments[1]}` : (segments[0] ?? ''));
const problemsByField = (problems: readonly FieldProblem[]) => fieldErrors(problems, isHoursField, hoursFieldOf);

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
type Interval = { weekday: number; start: string; end: string };
// Plain objects: cached results carry __typename, which an input type refuses.
const plain = (list: readonly Interval[]) => list.map(({ weekday, start, end }) => ({ weekday, start, end }));

/** Working hours per weekday; several intervals a day, the gaps being breaks. */
export function WeeklyHoursEditor(props: { availability: FragmentType<typeof AvailabilityFragment> }) {
  const client = useClient();
  const availability = readFragment(AvailabilityFragment, props.availability);
  const [hours, setHours] = useState<Interval[]>(plain(availability.weeklyHours));
  const [slotMinutes, setSlotMinutes] = useState(String(availability.slotMinutes));
  const [timezone, setTimezone] = useState(availability.timezone);
  const [problems, setProblems] = useState<FieldErrors<HoursField>>({});
  const [review, setReview] = useState<SlotChangeSummaryData | null>(null);
  const [status, setStatus] = useState('');
  const [saving, save] = useMutation(SaveHoursMutation);
  // Hours saved elsewhere (or reloaded) replace the ones being edited: adjusted while rendering, not in an effect.
  const [shownHours, setShownHours] = useState(availability.weeklyHours);
  if (shownHours !== availability.weeklyHours) {
    setShownHours(availability.weeklyHours);
    setHours(plain(availability.weeklyHours));
  }
  const edit = (change: () => void) => {
    change();
    setReview(null);
    setProblems({});
  };
  const update = (index: number, change: Partial<Interval>) =>
    edit(() => setHours((current) => current.map((item, i) => (i === index ? { ...item, ...change } : item))));
  const input = () => ({ weeklyHours: hours, slotMinutes: Number(slotMinutes), timezone });
  const runReview = async () => {
    setStatus('');
    const length = Number(slotMinutes);
    if (!slotMinutes.trim()) return setProblems({ slotMinutes: 'Required' });
    if (!Number.isInteger(length) || length < 15 || length > 240) {
      return setProblems({ slotMinutes: 'Slot length must be a whole number of minutes from 15 to 240.' });
    }
    const result = await client.query(PreviewHoursQuery, { input: input() }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) return setReview(result.data.previewAvailabilityChange);
    const fields = problemsOf(result.error);
    setProblems(fields ? problemsByField(fields) : { form: result.error?.graphQLErrors[0]?.message ?? 'The review failed; try again.' });
  };
  const confirm = async () => {
    const answer = (await save({ input: input() })).data?.updateAvailability;
    if (answer?.__typename === 'UpdateAvailabilitySuccess') {
      setReview(null);
      setStatus(`Working hours saved. ${describeSlotChange(answer.slots, 'did')}`);
    } else if (answer?.__typename === 'ValidationError') setProblems(problemsByField(answer.fields));
    else setProblems({ form: answer?.message ?? 'The hours could not be saved; try again.' });
  };
  return (
    <section aria-labelledby="hours-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="hours-heading" className="font-semibold">
        Weekly hours
      </h2>
      <p className="mt-1 text-sm text-slate-600">In {availability.timezone.replaceAll('_', ' ')}. Several intervals a day; the gaps are breaks.</p>
      <div className="mt-4 space-y-3">
        {DAYS.map((day, dayIndex) => {
          const weekday = dayIndex + 1;
          const rows = hours.map((item, index) => ({ item, index })).filter(({ item }) => item.weekday === weekday);
          return (
            <div key={day} className="border-b border-slate-100 pb-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="w-24 text-sm font-medium">{day}</span>
                {rows.length === 0 ? <span className="text-sm text-slate-600">Closed</span> : null}
                {rows.map(({ item, index }) => (
                  <span key={index} className="inline-flex items-center gap-1 rounded-lg bg-slate-50 px-2 py-1">
                    <Input
                      compact
                      aria-label={`${day} start`}
                      type="time"
                      value={item.start}
                      aria-invalid={problems[`weeklyHours.${index}`] ? true : undefined}
                      aria-describedby={problems[`weeklyHours.${index}`] ? `hours-problem-${index}` : undefined}
                      onChange={(event) => update(index, { start: event.target.value })}
                    />
                    <span aria-hidden>–</span>
                    <Input
                      compact
                      aria-label={`${day} end`}
                      type="time"
                      value={item.end}
                      aria-invalid={problems[`weeklyHours.${index}`] ? true : undefined}
                      aria-describedby={problems[`weeklyHours.${index}`] ? `hours-problem-${index}` : undefined}
                      onChange={(event) => update(index, { end: event.target.value })}
                    />
                    <button
                      type="button"
                      aria-label={`Remove ${day} ${item.start} to ${item.end}`}
                      onClick={() => edit(() => setHours((current) => current.filter((_, i) => i !== index)))}
                      className="ml-1 rounded px-1.5 text-slate-500 hover:bg-slate-200"
                    >
                      ×
                    </button>
                  </span>
                ))}
                <button
                  type="button"
                  onClick={() => edit(() => setHours((current) => [...current, { weekday, start: '09:00', end: '12:00' }]))}
                  className="text-sm font-semibold text-brand-700 hover:underline"
                >
                  Add hours<span className="sr-only"> on {day}</span>
                </button>
              </div>
              {rows.map(({ index }) =>
                problems[`weeklyHours.${index}`] ? (
                  <p key={index} id={`hours-problem-${index}`} className="mt-1 text-xs text-red-700">
                    {problems[`weeklyHours.${index}`]}
                  </p>
                ) : null,
              )}
            </div>
          );
        })}
      </div>
      <Field label="Your time zone" className="mt-4" error={problems.timezone ?? null}>
        <Select value={timezone} onChange={(event) => edit(() => setTimezone(event.target.value))}>
          {(TIME_ZONES.includes(timezone) ? TIME_ZONES : [timezone, ...TIME_ZONES]).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Slot length (minutes)" className="mt-4" error={problems.slotMinutes ?? null}>
        <Input
          type="number"
          min={15}
          max={240}
          step={5}
          value={slotMinutes}
          onChange={(event) => edit(() => setSlotMinutes(event.target.value))}
          className="w-28"
        />
      </Field>
      {problems.form ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {problems.form}
        </p>
      ) : null}
      {review ? (
        <SlotChangeReview
          summary={review}
          timeZone={timezone}
          confirmLabel="Save hours"
          busy={saving.fetching}
          onConfirm={() => void confirm()}
          onCancel={() => setReview(null)}
        />
      ) : (
        <Button className="mt-4" onClick={() => void runReview()}>
          Review and save
        </Button>
      )}
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
        {status}
      </p>
    </section>
  );
}
