import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { TIME_ZONES } from '../../../lib/format';
import { SaveHoursMutation } from '../api/documents';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const input = 'rounded-lg border-0 bg-white px-2 py-1.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600';
type Interval = { weekday: number; start: string; end: string };

/** Working hours per weekday; several intervals a day, the gaps being breaks. */
export function WeeklyHoursEditor(props: { weeklyHours: Interval[]; slotMinutes: number; timezone: string; onSaved: () => void }) {
  const toast = useToast();
  // Plain objects: the query's results carry __typename, which an input type refuses.
  const plain = (list: Interval[]) => list.map(({ weekday, start, end }) => ({ weekday, start, end }));
  const [hours, setHours] = useState<Interval[]>(plain(props.weeklyHours));
  const [slotMinutes, setSlotMinutes] = useState(props.slotMinutes);
  const [timezone, setTimezone] = useState(props.timezone);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, save] = useMutation(SaveHoursMutation);
  useEffect(() => setHours(plain(props.weeklyHours)), [props.weeklyHours]);
  const update = (index: number, change: Partial<Interval>) => setHours((current) => current.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const submit = async () => {
    const result = await save({ input: { weeklyHours: hours, slotMinutes, timezone } });
    const answer = result.data?.updateAvailability;
    if (answer?.__typename === 'UpdateAvailabilitySuccess') {
      setProblems([]);
      toast('Working hours saved. Generate slots to apply them to new dates.', 'success');
      props.onSaved();
    } else if (answer?.__typename === 'ValidationError') setProblems(answer.fields.map((field) => field.message));
    else toast('The hours could not be saved.', 'error');
  };
  return (
    <section aria-labelledby="hours-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="hours-heading" className="font-semibold">Weekly hours</h2>
      <p className="mt-1 text-sm text-slate-600">In {props.timezone.replaceAll('_', ' ')}. Several intervals a day; the gaps are breaks.</p>
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
                  <input aria-label={`${day} start`} type="time" value={item.start} onChange={(event) => update(index, { start: event.target.value })} className={input} />
                  <span aria-hidden>–</span>
                  <input aria-label={`${day} end`} type="time" value={item.end} onChange={(event) => update(index, { end: event.target.value })} className={input} />
                  <button type="button" aria-label={`Remove ${day} ${item.start} to ${item.end}`} onClick={() => setHours((current) => current.filter((_, i) => i !== index))} className="ml-1 rounded px-1.5 text-slate-500 hover:bg-slate-200">×</button>
                </span>
              ))}
              <button type="button" onClick={() => setHours((current) => [...current, { weekday, start: '09:00', end: '12:00' }])} className="text-sm font-semibold text-brand-700 hover:underline">
                Add hours<span className="sr-only"> on {day}</span>
              </button>
            </div>
          );
        })}
      </div>
      <label className="mt-4 block text-sm font-medium text-slate-700">
        Your time zone
        <select value={timezone} onChange={(event) => setTimezone(event.target.value)} className={`mt-1 block ${input}`}>
          {(TIME_ZONES.includes(timezone) ? TIME_ZONES : [timezone, ...TIME_ZONES]).map((zone) => <option key={zone} value={zone}>{zone.replaceAll('_', ' ')}</option>)}
        </select>
      </label>
      <label className="mt-4 block text-sm font-medium text-slate-700">
        Slot length (minutes)
        <input type="number" min={15} max={240} step={5} value={slotMinutes} onChange={(event) => setSlotMinutes(Number(event.target.value))} className={`mt-1 block w-28 ${input}`} />
      </label>
      {problems.length > 0 ? <ul role="alert" className="mt-3 list-disc pl-5 text-sm text-red-700">{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul> : null}
      <Button className="mt-4" busy={saving.fetching} onClick={submit}>Save hours</Button>
    </section>
  );
}
