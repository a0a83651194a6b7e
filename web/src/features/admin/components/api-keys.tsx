import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { ApiScope } from '../../../gql/graphql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { ApiKeyRow } from './api-key-row';
import { CopyButton } from '../../../components/ui/copy-button';
import { fieldErrors, oneOf, useFieldErrors } from '../../../lib/field-errors';

const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      ...ApiKeyRow_apiKey
    }
  }
`);

const CreateKeyMutation = graphql(`
  mutation CreateKey($name: String!, $scopes: [ApiScope!]!) {
    createApiKey(input: { name: $name, scopes: $scopes }) {
      __typename
      ... on CreateApiKeySuccess {
        secret
        apiKey {
          id
          ...ApiKeyRow_apiKey
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

const SCOPES: { value: ApiScope; label: string }[] = [
  { value: 'AVAILABILITY_READ', label: 'Read availability' },
  { value: 'APPOINTMENTS_READ', label: 'Read appointments' },
  { value: 'APPOINTMENTS_WRITE', label: 'Cancel and reschedule' },
];
type KeyField = 'name' | 'scopes';
const isKeyField = oneOf<KeyField>(['name', 'scopes']);

/** Keys for integrations: created here, shown once, revoked here. */
export function ApiKeys() {
  const [{ data }] = useQuery({ query: ApiKeysQuery, requestPolicy: 'cache-and-network' });
  const [creating, create] = useMutation(CreateKeyMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['AVAILABILITY_READ']);
  const [secret, setSecret] = useState<string | null>(null);
  const { error, edited, setErrors } = useFieldErrors<KeyField>();
  // The server checks the name and the scopes: its messages are shown under each.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSecret(null);
    const answer = (await create({ name, scopes })).data?.createApiKey;
    if (answer?.__typename === 'CreateApiKeySuccess') {
      setSecret(answer.secret);
      setName('');
    } else if (answer?.__typename === 'ValidationError') setErrors(fieldErrors(answer.fields, isKeyField));
    else setErrors({ form: answer?.message ?? 'The key could not be created; try again.' });
  };
  return (
    <section aria-labelledby="keys-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="keys-heading" className="font-semibold">
        API keys
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        For integrations, which send a key in the header <code>Authorization: ApiKey &lt;key&gt;</code>. A new key is shown once.
      </p>
      {secret ? (
        <div role="status" className="mt-3 rounded-xl bg-emerald-50 p-3 text-sm ring-1 ring-emerald-200">
          <p className="font-medium text-emerald-900">Copy this key now; it will not be shown again.</p>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <code className="block min-w-0 flex-1 break-all text-emerald-950">{secret}</code>
            <CopyButton text={secret} label="Copy key" />
          </div>
        </div>
      ) : null}
      <form onSubmit={(event) => void submit(event)} className="mt-4 space-y-3">
        <Field label="Name" error={error('name')}>
          <Input
            value={name}
            maxLength={100}
            onChange={(event) => {
              setName(event.target.value);
              edited('name');
            }}
            placeholder="e.g. Website widget"
            className="w-full"
          />
        </Field>
        <fieldset aria-describedby={error('scopes') ? 'key-scopes-error' : undefined}>
          <legend className="text-sm font-medium text-slate-700">Allowed to</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {SCOPES.map((scope) => (
              <label key={scope.value} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={scopes.includes(scope.value)}
                  onChange={(event) => {
                    setScopes((current) => (event.target.checked ? [...current, scope.value] : current.filter((value) => value !== scope.value)));
                    edited('scopes');
                  }}
                />
                {scope.label}
              </label>
            ))}
          </div>
          {error('scopes') ? (
            <p id="key-scopes-error" className="mt-1 text-xs text-red-700">
              {error('scopes')}
            </p>
          ) : null}
        </fieldset>
        {error('form') ? (
          <p role="alert" className="text-sm text-red-700">
            {error('form')}
          </p>
        ) : null}
        <Button type="submit" busy={creating.fetching}>
          Create key
        </Button>
      </form>
      <ul className="mt-5 divide-y divide-slate-100 text-sm">
        {data?.apiKeys.map((key) => (
          <ApiKeyRow key={key.id} apiKey={key} />
        ))}
      </ul>
    </section>
  );
}
