import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ApiScope } from '../../../gql/graphql';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { session } from '../../../lib/session';
import { ApiKeysQuery, CreateKeyMutation, RevokeKeyMutation } from '../api/documents';

const SCOPES: { value: ApiScope; label: string }[] = [
  { value: 'AVAILABILITY_READ', label: 'Read availability' },
  { value: 'APPOINTMENTS_READ', label: 'Read appointments' },
  { value: 'APPOINTMENTS_WRITE', label: 'Cancel and reschedule' },
];
const input = 'rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600';
const today = () => new Date().toISOString().slice(0, 10);

async function download(format: 'csv' | 'pdf', from: string, to: string): Promise<string | null> {
  const response = await fetch(`/exports/appointments.${format}?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${session.token()}` } });
  if (!response.ok) return ((await response.json()) as { error?: { message?: string } }).error?.message ?? 'The export failed.';
  const url = URL.createObjectURL(await response.blob());
  Object.assign(document.createElement('a'), { href: url, download: `appointments-${from}-to-${to}.${format}` }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return null;
}

export function KeysAndExports() {
  const toast = useToast();
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  const [{ data }, refetch] = useQuery({ query: ApiKeysQuery, requestPolicy: 'cache-and-network' });
  const [creating, create] = useMutation(CreateKeyMutation);
  const [, revoke] = useMutation(RevokeKeyMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['AVAILABILITY_READ']);
  const [secret, setSecret] = useState<string | null>(null);

  const exportAs = async (format: 'csv' | 'pdf') => {
    const problem = await download(format, from, to);
    if (problem) toast(problem, 'error');
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ name, scopes });
    const answer = result.data?.createApiKey;
    if (answer?.__typename === 'CreateApiKeySuccess') {
      setSecret(answer.secret);
      setName('');
      refetch({ requestPolicy: 'network-only' });
    } else if (answer?.__typename === 'ValidationError') {
      toast(answer.fields.map((field) => field.message).join(' '), 'error');
    } else {
      toast('The key could not be created.', 'error');
    }
  };

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="export-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="export-heading" className="font-semibold">Export appointments</h2>
        <p className="mt-1 text-sm text-slate-600">All appointments starting in the period, in your time zone.</p>
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <label className="text-sm font-medium text-slate-700">From<input type="date" value={from} onChange={(event) => setFrom(event.target.value)} className={`mt-1 block ${input}`} /></label>
          <label className="text-sm font-medium text-slate-700">To<input type="date" value={to} onChange={(event) => setTo(event.target.value)} className={`mt-1 block ${input}`} /></label>
          <Button variant="secondary" onClick={() => exportAs('csv')}>Download CSV</Button>
          <Button variant="secondary" onClick={() => exportAs('pdf')}>Download PDF</Button>
        </div>
      </section>
      <section aria-labelledby="keys-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="keys-heading" className="font-semibold">API keys</h2>
        <p className="mt-1 text-sm text-slate-600">For integrations. A key is shown once; send it as <code>Authorization: ApiKey …</code>.</p>
        {secret ? (
          <div role="status" className="mt-3 rounded-xl bg-emerald-50 p-3 text-sm ring-1 ring-emerald-200">
            <p className="font-medium text-emerald-900">Copy this key now; it will not be shown again.</p>
            <code className="mt-1 block break-all text-emerald-950">{secret}</code>
          </div>
        ) : null}
        <form onSubmit={submit} className="mt-4 space-y-3">
          <label className="block text-sm font-medium text-slate-700">Name<input value={name} maxLength={100} onChange={(event) => setName(event.target.value)} placeholder="e.g. Website widget" className={`mt-1 block w-full ${input}`} /></label>
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">Allowed to</legend>
            <div className="mt-1 flex flex-wrap gap-4">
              {SCOPES.map((scope) => (
                <label key={scope.value} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={scopes.includes(scope.value)}
                    onChange={(event) => setScopes((current) => (event.target.checked ? [...current, scope.value] : current.filter((value) => value !== scope.value)))}
                  />
                  {scope.label}
                </label>
              ))}
            </div>
          </fieldset>
          <Button type="submit" busy={creating.fetching} disabled={!name.trim() || scopes.length === 0}>Create key</Button>
        </form>
        <ul className="mt-5 divide-y divide-slate-100 text-sm">
          {data?.apiKeys.map((key) => (
            <li key={key.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
              <div>
                <p className="font-medium">{key.name} <code className="text-xs text-slate-500">{key.prefix}…</code></p>
                <p className="text-xs text-slate-500">{key.scopes.map((scope) => scope.toLowerCase().replace('_', ':')).join(', ')}{key.revokedAt ? ' · revoked' : ''}</p>
              </div>
              {key.revokedAt ? null : (
                <Button variant="secondary" aria-label={`Revoke ${key.name}`} onClick={async () => { await revoke({ id: key.id }); refetch({ requestPolicy: 'network-only' }); toast('Key revoked.', 'info'); }}>Revoke</Button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
