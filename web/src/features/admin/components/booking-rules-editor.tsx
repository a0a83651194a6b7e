import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { useToast } from '../../../components/ui/toast';

const PolicyFragment = graphql(`
  fragment BookingRulesEditor_policy on BookingPolicy {
    cancellationNoticeHours
    minBookingNoticeHours
    maxDaysAhead
    maxActiveAppointmentsPerClient
    maxChangesPerClientPerDay
  }
`);

const AvailabilityFragment = graphql(`
  fragment BookingRulesEditor_availability on Availability {
    bufferMinutes
  }
`);

const SavePolicyMutation = graphql(`
  mutation SavePolicy($input: UpdateBookingPolicyInput!) {
    updateBookingPolicy(input: $input) {
      __typename
      ... on UpdateBookingPolicySuccess {
        policy {
          ...BookingRulesEditor_policy
        }
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

export function BookingRulesEditor(props: { policy: FragmentType<typeof PolicyFragment>; availability: FragmentType<typeof AvailabilityFragment> }) {
  const toast = useToast();
  const policy = readFragment(PolicyFragment, props.policy);
  const { bufferMinutes } = readFragment(AvailabilityFragment, props.availability);
  // Field by field: cached results carry __typename, which an input type refuses.
  const [rules, setRules] = useState<Rules>(() => ({
    cancellationNoticeHours: policy.cancellationNoticeHours,
    minBookingNoticeHours: policy.minBookingNoticeHours,
    maxDaysAhead: policy.maxDaysAhead,
    bufferMinutes,
    maxActiveAppointmentsPerClient: policy.maxActiveAppointmentsPerClient,
    maxChangesPerClientPerDay: policy.maxChangesPerClientPerDay,
  }));
  const [saving, save] = useMutation(SavePolicyMutation);
  const submit = async () => {
    const result = await save({ input: rules });
    const answer = result.data?.updateBookingPolicy;
    if (answer?.__typename === 'UpdateBookingPolicySuccess') toast('Booking rules saved.', 'success');
    else toast(answer?.__typename === 'ValidationError' ? answer.fields.map((field) => field.message).join(' ') : 'The rules could not be saved.', 'error');
  };
  return (
    <section aria-labelledby="rules-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="rules-heading" className="font-semibold">
        Booking rules
      </h2>
      <div className="mt-3 space-y-3">
        {FIELDS.map((field) => (
          <Field key={field.key} label={field.label} inline>
            <span className="inline-flex items-center gap-2 text-sm">
              <Input
                compact
                type="number"
                min={0}
                value={rules[field.key]}
                onChange={(event) => setRules({ ...rules, [field.key]: Number(event.target.value) })}
                className="w-20"
              />
              <span className="w-24 text-slate-500">{field.unit}</span>
            </span>
          </Field>
        ))}
      </div>
      <Button className="mt-4" busy={saving.fetching} onClick={() => void submit()}>
        Save rules
      </Button>
    </section>
  );
}
