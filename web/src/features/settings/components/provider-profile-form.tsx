import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { useToast } from '../../../components/ui/toast';

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

/** The provider's public profile, shown in the app and on every e-mail. */
export function ProviderProfileForm() {
  const toast = useToast();
  const [{ data }] = useQuery({ query: ProfileQuery });
  const [values, setValues] = useState<Record<string, string> | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saving, save] = useMutation(SaveProfileMutation);
  if (!data) return null;
  const current = values ?? Object.fromEntries(FIELDS.map((field) => [field.key, data.providerProfile[field.key] ?? '']));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save({ input: current });
    const answer = result.data?.updateProviderProfile;
    if (answer?.__typename === 'UpdateProviderProfileSuccess') {
      setProblems({});
      toast('Profile saved.', 'success');
    } else if (answer?.__typename === 'ValidationError') {
      setProblems(Object.fromEntries(answer.fields.map((field) => [field.path.replace('input.', ''), field.message])));
    } else toast('The profile could not be saved.', 'error');
  };
  return (
    <section aria-labelledby="profile-heading" className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 id="profile-heading" className="text-lg font-semibold">
        Your public profile
      </h2>
      <p className="mt-1 text-sm text-slate-600">Shown on the booking page and on every e-mail to clients.</p>
      <form onSubmit={(event) => void submit(event)} className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
        {FIELDS.map((field) => (
          <Field key={field.key} label={field.label} error={problems[field.key] ?? null}>
            <Input
              type={field.type}
              value={current[field.key]}
              onChange={(event) => setValues({ ...current, [field.key]: event.target.value })}
              className="w-full"
            />
          </Field>
        ))}
        <div className="sm:col-span-2">
          <Button type="submit" busy={saving.fetching}>
            Save profile
          </Button>
        </div>
      </form>
    </section>
  );
}
