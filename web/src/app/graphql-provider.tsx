import { useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { useSession } from '../features/auth/use-session';
import { createClient } from '../lib/urql';

/** A fresh client, and so an empty cache, whenever the signed-in person changes. */
export function GraphQLProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const userId = user?.id ?? null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the person, not the object, decides
  const client = useMemo(() => createClient(), [userId]);
  return <Provider value={client}>{children}</Provider>;
}
