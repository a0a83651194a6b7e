import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';

const ApiKeyFragment = graphql(`
  fragment ApiKeyRow_apiKey on ApiKey {
    id
    name
    prefix
    scopes
    revokedAt
  }
`);

const RevokeKeyMutation = graphql(`
  mutation RevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      __typename
      ... on RevokeApiKeySuccess {
        apiKey {
          id
          revokedAt
        }
      }
    }
  }
`);

export function ApiKeyRow(props: { apiKey: FragmentType<typeof ApiKeyFragment> }) {
  const key = readFragment(ApiKeyFragment, props.apiKey);
  const toast = useToast();
  const [revoking, revoke] = useMutation(RevokeKeyMutation);
  const [asking, setAsking] = useState(false);
  const revokeKey = async () => {
    const answer = (await revoke({ id: key.id })).data?.revokeApiKey;
    setAsking(false);
    toast(
      answer?.__typename === 'RevokeApiKeySuccess' ? 'Key revoked.' : 'The key could not be revoked.',
      answer?.__typename === 'RevokeApiKeySuccess' ? 'info' : 'error',
    );
  };
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2.5">
      <div>
        <p className="font-medium">
          {key.name} <code className="text-xs text-slate-500">{key.prefix}…</code>
        </p>
        <p className="text-xs text-slate-500">
          {key.scopes.map((scope) => scope.toLowerCase().replace('_', ':')).join(', ')}
          {key.revokedAt ? ' · revoked' : ''}
        </p>
      </div>
      {key.revokedAt ? null : asking ? (
        <span role="group" aria-label={`Revoke ${key.name}?`} className="inline-flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">Integrations using it stop working at once.</span>
          <Button variant="danger" busy={revoking.fetching} onClick={() => void revokeKey()}>
            Revoke key
          </Button>
          <Button variant="secondary" onClick={() => setAsking(false)}>
            Keep
          </Button>
        </span>
      ) : (
        <Button variant="secondary" aria-label={`Revoke ${key.name}`} onClick={() => setAsking(true)}>
          Revoke
        </Button>
      )}
    </li>
  );
}
