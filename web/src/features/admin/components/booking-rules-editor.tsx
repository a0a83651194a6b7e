import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { fieldErrors, oneOf, wholeNumberProblem, useFieldErrors } from '../../../lib/field-errors';

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

type RuleName =
  'cancellationNoticeHours' | 'minBookingNoticeHours' | 'maxDaysAhead' | 'bufferMinutes' | 'maxActiveAppointmentsPerClient' | 'maxChangesPerClientPerDay';
const FIELDS: { key: RuleName; label: string; unit: string }[] = [
  { key: 'minBookingNoticeHours', label: 'Minimum notice for a booking', unit: 'hours' },
  { key: 'maxDaysAhead', label: 'Bookable up to', unit: 'days ahead' },
  { key: 'cancellationNoticeHours', label: 'Clients may cancel or move until', unit: 'hours before' },
  { key: 'bufferMinutes', label: 'Buffer after each slot', unit: 'minutes' },
  { key: 'maxActiveAppointmentsPerClient', label: 'Upcoming appointments a client may hold', unit: 'at most' },
  { key: 'maxChangesPerClientPerDay', label: 'Bookings and changes per client', unit: 'a day' },
];
const isRule = oneOf(FIELDS.map((field) => field.key));

/** The provider's booking rules; each number as typed, so that a cleared one is refused rather than saved as 0. */
export function BookingRulesEditor(props: { policy: FragmentType<typeof PolicyFragment>; availability: FragmentType<typeof AvailabilityFragment> }) {
  const policy = readFragment(PolicyFragment, props.policy);
  const { bufferMinutes } = readFragment(AvailabilityFragment, props.availability);
  // Field by field: cached results carry __typename, which an input type refuses.
  const [rules, setRules] = useState<Record<RuleName, string>>(() => ({
    cancellationNoticeHours: String(policy.cancellationNoticeHours),
    minBookingNoticeHours: String(policy.minBookingNoticeHours),
    maxDaysAhead: String(policy.maxDaysAhead),
    bufferMinutes: String(bufferMinutes),
    maxActiveAppointmentsPerClient: String(policy.maxActiveAppointmentsPerClient),
    maxChangesPerClientPerDay: String(policy.maxChangesPerClientPerDay),
  }));
  const { error, edited, setErrors } = useFieldErrors<RuleName>();
  const [status, setStatus] = useState('');
  const [saving, save] = useMutation(SavePolicyMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const problems = Object.fromEntries(
      FIELDS.flatMap((field) => (wholeNumberProblem(rules[field.key]) ? [[field.key, wholeNumberProblem(rules[field.key])!]] : [])),
    );
    if (Object.keys(problems).length > 0) return setErrors(problems);
    const input = Object.fromEntries(FIELDS.map((field) => [field.key, Number(rules[field.key])])) as Record<RuleName, number>;
    const answer = (await save({ input })).data?.updateBookingPolicy;
    if (answer?.__typename === 'UpdateBookingPolicySuccess') setStatus('Booking rules saved.');
    else if (answer?.__typename === 'ValidationError') setErrors(fieldErrors(answer.fields, isRule));
    else setErrors({ form: 'The rules could not be saved; try again.' });
  };
  return (
    <section aria-labelledby="rules-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="rules-heading" className="font-semibold">
        Booking rules
      </h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className="mt-3 space-y-3">
          {FIELDS.map((field) => (
            <Field key={field.key} label={field.label} inline error={error(field.key)}>
              <span className="inline-flex items-center gap-2 text-sm">
                <Input
                  compact
                  type="number"
                  min={0}
                  step={1}
                  value={rules[field.key]}
                  onChange={(event) => {
                    setRules({ ...rules, [field.key]: event.target.value });
                    edited(field.key);
                    setStatus('');
                  }}
                  className="w-20"
                />
                <span className="w-24 text-slate-600">{field.unit}</span>
              </span>
            </Field>
          ))}
        </div>
        {error('form') ? (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {error('form')}
          </p>
        ) : null}
        <Button type="submit" className="mt-4" busy={saving.fetching}>
          Save rules
        </Button>
        <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
          {status}
        </p>
      </form>
    </section>
  );
}
