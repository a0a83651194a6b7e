import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ClientConfigQuery } from '../client-config-query';
import { startFirebase } from '../firebase-session';

/**
 * Starts Firebase as soon as the app learns the server uses it, on every page: only the SDK knows
 * whether a session was persisted, and only a started SDK renews the hourly ID token. Its code loads
 * after the page has rendered, and in dev sign-in never.
 */
export function FirebaseSessionStarter() {
  const [{ data }] = useQuery({ query: ClientConfigQuery });
  const config = data?.clientConfig;
  const firebase = config?.authMode === 'FIREBASE' ? config.firebase : null;
  useEffect(() => {
    if (!firebase) return;
    startFirebase(firebase).catch((error: unknown) => console.error('Firebase could not start.', error));
  }, [firebase]);
  return null;
}
