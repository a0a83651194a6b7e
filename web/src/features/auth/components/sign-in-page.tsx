import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { graphql } from '../../../gql';
import { CLIENT_ROUTES } from '@shared/routes';
import { session } from '../../../lib/session';
import { ClientConfigQuery } from '../client-config-query';
import { startFirebase, type FirebaseWebConfig } from '../firebase-session';

const DevSignInMutation = graphql(`
  mutation DevSignIn($email: String!, $name: String) {
    devSignIn(email: $email, name: $name) {
      token
      user {
        id
        email
        name
        role
      }
    }
  }
`);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignInPage() {
  const [{ data }] = useQuery({ query: ClientConfigQuery });
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = (location.state as { from?: string } | null)?.from;
  const config = data?.clientConfig;
  // Back where sign-in was asked for; otherwise the provider starts at the practice, clients at booking.
  const done = () => void navigate(returnTo ?? (session.get().user?.role === 'PROVIDER' ? CLIENT_ROUTES.admin : CLIENT_ROUTES.book), { replace: true });
  return (
    <div className="mx-auto max-w-md">
      <div className="rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
        <p className="mt-2 text-sm text-slate-600">Sign in to book, change or cancel your consultations.</p>
        <div className="mt-6">
          {config?.authMode === 'FIREBASE' && config.firebase ? (
            <GoogleSignIn config={config.firebase} onDone={done} />
          ) : config ? (
            <DevSignIn onDone={done} />
          ) : (
            <div className="h-40 animate-pulse rounded-lg bg-slate-100" aria-label="Loading sign-in options" role="status" />
          )}
        </div>
      </div>
    </div>
  );
}

function GoogleSignIn({ config, onDone }: { config: FirebaseWebConfig; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      await (await startFirebase(config)).signIn();
      onDone();
    } catch {
      setError('Google sign-in did not complete. Please try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button className="w-full" busy={busy} onClick={() => void signIn()}>
        Continue with Google
      </Button>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function DevSignIn({ onDone }: { onDone: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [{ fetching, error }, signIn] = useMutation(DevSignInMutation);
  const emailProblem = email && !EMAIL.test(email) ? 'Enter an e-mail address like alex@example.com.' : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!EMAIL.test(email)) return;
    const result = await signIn({ email, name: name.trim() || null });
    if (result.data) {
      session.set({ token: result.data.devSignIn.token, user: result.data.devSignIn.user });
      onDone();
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      <p className="rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-200">
        Development sign-in: no password. Use <strong>provider@example.com</strong> for the consultant, any other address for a client.
      </p>
      <Field label="E-mail" error={(touched && !email ? 'Enter your e-mail address.' : touched ? emailProblem : null) ?? null}>
        <Input
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          onBlur={() => setTouched(true)}
          className="w-full"
        />
      </Field>
      <Field
        label={
          <>
            Name <span className="font-normal text-slate-500">(optional)</span>
          </>
        }
      >
        <Input autoComplete="name" value={name} maxLength={100} onChange={(event) => setName(event.target.value)} className="w-full" />
      </Field>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error.graphQLErrors[0]?.message ?? 'Sign-in failed; is the server running?'}
        </p>
      ) : null}
      <Button type="submit" className="w-full" busy={fetching}>
        Sign in
      </Button>
    </form>
  );
}
