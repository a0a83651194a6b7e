import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/toast';
import { TIME_ZONES } from '../../../lib/format';

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

const SaveHoursMutation = graphql(`
  mutation SaveHours($input: UpdateAvailabilityInput!) {
    updateAvailability(input: $input) {
      __typename
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

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
type Interval = { weekday: number; start: string; end: string };
// Plain objects: cached results carry __typename, which an input type refuses.
const plain = (list: readonly Interval[]) => list.map(({ weekday, start, end }) => ({ weekday, start, end }));

/** Working hours per weekday; several intervals a day, the gaps being breaks. */
export function WeeklyHoursEditor(props: { availability: FragmentType<typeof AvailabilityFragment> }) {
  const toast = useToast();
  const availability = readFragment(AvailabilityFragment, props.availability);
  const [hours, setHours] = useState<Interval[]>(plain(availability.weeklyHours));
  const [slotMinutes, setSlotMinutes] = useState(availability.slotMinutes);
  const [timezone, setTimezone] = useState(availability.timezone);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, save] = useMutation(SaveHoursMutation);
  // Hours saved elsewhere (or reloaded) replace the ones being edited: adjusted while rendering, not in an effect.
  const [shownHours, setShownHours] = useState(availability.weeklyHours);
  if (shownHours !== availability.weeklyHours) {
    setShownHours(availability.weeklyHours);
    setHours(plain(availability.weeklyHours));
  }
  const update = (index: number, change: Partial<Interval>) => setHours((current) => current.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const submit = async () => {
    const result = await save({ input: { weeklyHours: hours, slotMinutes, timezone } });
    const answer = result.data?.updateAvailability;
    if (answer?.__typename === 'UpdateAvailabilitySuccess') {
      setProblems([]);
      toast('Working hours saved. Generate slots to apply them to new dates.', 'success');
    } else if (answer?.__typename === 'ValidationError') setProblems(answer.fields.map((field) => field.message));
    else toast('The hours could not be saved.', 'error');
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
            <div key={day} className="flex flex-wrap items-center gap-2 border-b border-slate-100 pb-3">
              <span className="w-24 text-sm font-medium">{day}</span>
              {rows.length === 0 ? <span className="text-sm text-slate-400">Closed</span> : null}
              {rows.map(({ item, index }) => (
                <span key={index} className="inline-flex items-center gap-1 rounded-lg bg-slate-50 px-2 py-1">
                  <Input
                    compact
                    aria-label={`${day} start`}
                    type="time"
                    value={item.start}
                    onChange={(event) => update(index, { start: event.target.value })}
                  />
                  <span aria-hidden>–</span>
                  <Input compact aria-label={`${day} end`} type="time" value={item.end} onChange={(event) => update(index, { end: event.target.value })} />
                  <button
                    type="button"
                    aria-label={`Remove ${day} ${item.start} to ${item.end}`}
                    onClick={() => setHours((current) => current.filter((_, i) => i !== index))}
                    className="ml-1 rounded px-1.5 text-slate-500 hover:bg-slate-200"
                  >
                    ×
                  </button>
                </span>
              ))}
              <button
                type="button"
                onClick={() => setHours((current) => [...current, { weekday, start: '09:00', end: '12:00' }])}
                className="text-sm font-semibold text-brand-700 hover:underline"
              >
                Add hours<span className="sr-only"> on {day}</span>
              </button>
            </div>
          );
        })}
      </div>
      <Field label="Your time zone" className="mt-4">
        <Select value={timezone} onChange={(event) => setTimezone(event.target.value)}>
          {(TIME_ZONES.includes(timezone) ? TIME_ZONES : [timezone, ...TIME_ZONES]).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Slot length (minutes)" className="mt-4">
        <Input
          type="number"
          min={15}
          max={240}
          step={5}
          value={slotMinutes}
          onChange={(event) => setSlotMinutes(Number(event.target.value))}
          className="w-28"
        />
      </Field>
      {problems.length > 0 ? (
        <ul role="alert" className="mt-3 list-disc pl-5 text-sm text-red-700">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <Button className="mt-4" busy={saving.fetching} onClick={() => void submit()}>
        Save hours
      </Button>
    </section>
  );
}
