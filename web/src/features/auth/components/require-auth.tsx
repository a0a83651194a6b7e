import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { useSession } from '../use-session';
import { useSessionRestoring } from '../use-session-restoring';

/** Sends signed-out visitors to sign in, and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const restoring = useSessionRestoring();
  const location = useLocation();
  if (!token && restoring) return <LoadingBlock label="Checking your sign-in" />;
  if (!token) return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <>{children}</>;
}
