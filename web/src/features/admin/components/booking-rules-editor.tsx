import { useState } from 'react';
import { useMutation } from 'urql';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { SavePolicyMutation } from '../api/documents';

type Rules = {
  cancellationNoticeHours: number;
  minBookingNoticeHours: number;
  maxDaysAhead: number;
  bufferMinutes: number;
  maxActiveAppointmentsPerClient: number;
  maxChangesPerClientPerDay: number;
};
const FIELDS: { key: keyof Rules; label: string; unit: string }[] = [
  { key: 'minBookingNoticeHours', label: 'Minimum notice for a booking', unit: 'hours' },
  { key: 'maxDaysAhead', label: 'Bookable up to', unit: 'days ahead' },
  { key: 'cancellationNoticeHours', label: 'Clients may cancel or move until', unit: 'hours before' },
  { key: 'bufferMinutes', label: 'Buffer after each slot', unit: 'minutes' },
  { key: 'maxActiveAppointmentsPerClient', label: 'Upcoming appointments a client may hold', unit: 'at most' },
  { key: 'maxChangesPerClientPerDay', label: 'Bookings and changes per client', unit: 'a day' },
];

export function BookingRulesEditor(props: { rules: Rules; onSaved: () => void }) {
  const toast = useToast();
  const [rules, setRules] = useState(props.rules);
  const [saving, save] = useMutation(SavePolicyMutation);
  const submit = async () => {
    const result = await save({ input: rules });
    const answer = result.data?.updateBookingPolicy;
    if (answer?.__typename === 'UpdateBookingPolicySuccess') {
      toast('Booking rules saved.', 'success');
      props.onSaved();
    } else toast(answer?.__typename === 'ValidationError' ? answer.fields.map((field) => field.message).join(' ') : 'The rules could not be saved.', 'error');
  };
  return (
    <section aria-labelledby="rules-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="rules-heading" className="font-semibold">Booking rules</h2>
      <div className="mt-3 space-y-3">
        {FIELDS.map((field) => (
          <label key={field.key} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="font-medium text-slate-700">{field.label}</span>
            <span className="inline-flex items-center gap-2">
              <input type="number" min={0} value={rules[field.key]} onChange={(event) => setRules({ ...rules, [field.key]: Number(event.target.value) })} className="w-20 rounded-lg border-0 px-2 py-1.5 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600" />
              <span className="w-24 text-slate-500">{field.unit}</span>
            </span>
          </label>
        ))}
      </div>
      <Button className="mt-4" busy={saving.fetching} onClick={submit}>Save rules</Button>
    </section>
  );
}
