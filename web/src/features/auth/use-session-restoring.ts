import { useSyncExternalStore } from 'react';
import { useQuery } from 'urql';
import { ClientConfigQuery } from './client-config-query';
import { firebaseRestore } from './firebase-session';

/**
 * True while the app cannot yet know whether someone is signed in: the sign-in mode is still loading,
 * or Firebase (which persists its sessions itself) has not said yet whether it holds one.
 */
export function useSessionRestoring(): boolean {
  const [{ data, fetching }] = useQuery({ query: ClientConfigQuery });
  const firebaseDone = useSyncExternalStore(firebaseRestore.subscribe, firebaseRestore.done);
  if (!data) return fetching;
  return data.clientConfig.authMode === 'FIREBASE' && !firebaseDone;
}
