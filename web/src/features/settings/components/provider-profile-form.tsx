import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { fieldErrors, oneOf, useFieldErrors } from '../../../lib/field-errors';

const ProfileQuery = graphql(`
  query ProfileForm {
    providerProfile {
      displayName
      headline
      contactEmail
      phone
      website
      location
    }
  }
`);

const SaveProfileMutation = graphql(`
  mutation SaveProfile($input: UpdateProviderProfileInput!) {
    updateProviderProfile(input: $input) {
      __typename
      ... on UpdateProviderProfileSuccess {
        profile {
          displayName
          headline
          contactEmail
          phone
          website
          location
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

const FIELDS = [
  { key: 'displayName', label: 'Name shown to clients', type: 'text' },
  { key: 'headline', label: 'Headline', type: 'text' },
  { key: 'contactEmail', label: 'Contact e-mail', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'website', label: 'Website', type: 'url' },
  { key: 'location', label: 'Where consultations take place', type: 'text' },
] as const;
type ProfileField = (typeof FIELDS)[number]['key'];
const isProfileField = oneOf<ProfileField>(FIELDS.map((field) => field.key));

/** The provider's public profile, shown in the app and on every e-mail. */
export function ProviderProfileForm() {
  const [{ data }] = useQuery({ query: ProfileQuery });
  const [values, setValues] = useState<Record<string, string> | null>(null);
  const { error, edited, setErrors } = useFieldErrors<ProfileField>();
  const [status, setStatus] = useState('');
  const [saving, save] = useMutation(SaveProfileMutation);
  if (!data) return null;
  const current = values ?? Object.fromEntries(FIELDS.map((field) => [field.key, data.providerProfile[field.key] ?? '']));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const result = await save({ input: current });
    const answer = result.data?.updateProviderProfile;
    if (answer?.__typename === 'UpdateProviderProfileSuccess') {
      setErrors({});
      setStatus('Profile saved.');
    } else if (answer?.__typename === 'ValidationError') setErrors(fieldErrors(answer.fields, isProfileField));
    else setErrors({ form: 'The profile could not be saved; try again.' });
  };
  return (
    <section aria-labelledby="profile-heading" className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 id="profile-heading" className="text-lg font-semibold">
        Your public profile
      </h2>
      <p className="mt-1 text-sm text-slate-600">Shown on the booking page and on every e-mail to clients.</p>
      <form onSubmit={(event) => void submit(event)} className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
        {FIELDS.map((field) => (
          <Field key={field.key} label={field.label} error={error(field.key)}>
            <Input
              type={field.type}
              value={current[field.key]}
              onChange={(event) => {
                setValues({ ...current, [field.key]: event.target.value });
                edited(field.key);
                setStatus('');
              }}
              className="w-full"
            />
          </Field>
        ))}
        <div className="sm:col-span-2">
          {error('form') ? (
            <p role="alert" className="mb-3 text-sm text-red-700">
              {error('form')}
            </p>
          ) : null}
          <Button type="submit" busy={saving.fetching}>
            Save profile
          </Button>
          <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
            {status}
          </p>
        </div>
      </form>
    </section>
  );
}
