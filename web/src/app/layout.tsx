import { NavLink, Outlet, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { FirebaseSessionStarter } from '../features/auth/components/firebase-session-starter';
import { signOut } from '../features/auth/firebase-session';
import { useSession } from '../features/auth/use-session';
import { useInitialTimeZone } from '../features/settings/hooks/use-initial-time-zone';
import { RouteAnnouncer } from './route-announcer';

const ProviderProfileQuery = graphql(`
  query ProviderProfile {
    providerProfile {
      displayName
      headline
      contactEmail
      phone
    }
  }
`);

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-lg px-3 py-2 text-sm font-medium ${isActive ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100'}`;

export function Layout() {
  const { user, token } = useSession();
  useInitialTimeZone();
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: ProviderProfileQuery });
  const profile = data?.providerProfile;
  return (
    <div className="flex min-h-screen flex-col">
      <RouteAnnouncer />
      <FirebaseSessionStarter />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <NavLink to="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900">
            <img src="/favicon.svg" alt="" className="size-7" />
            Slotline
          </NavLink>
          <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
            <NavLink to="/" end className={linkClass}>
              Book
            </NavLink>
            {token ? (
              <NavLink to="/appointments" className={linkClass}>
                My appointments
              </NavLink>
            ) : null}
            {user?.role === 'PROVIDER' ? (
              <NavLink to="/admin" className={linkClass}>
                Practice
              </NavLink>
            ) : null}
            {token ? (
              <NavLink to="/settings" className={linkClass}>
                Settings
              </NavLink>
            ) : null}
            {token ? (
              <button
                onClick={() =>
                  void signOut()
                    .catch((error: unknown) => console.error('Signing out of Firebase failed.', error))
                    .finally(() => void navigate('/'))
                }
                className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
              >
                Sign out{user ? <span className="sr-only"> {user.email}</span> : null}
              </button>
            ) : (
              <NavLink to="/sign-in" className="rounded-lg bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
                Sign in
              </NavLink>
            )}
          </nav>
        </div>
      </header>
      {/* At least a screen tall: the footer starts below the fold, so pages filling in never push it around (layout shift). */}
      <main id="main" className="mx-auto min-h-svh w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-5 text-xs text-slate-500 sm:px-6">
          <p>{profile ? [profile.displayName, profile.headline, profile.contactEmail, profile.phone].filter(Boolean).join(' · ') : '\u00a0'}</p>
          <p>{user ? `Signed in as ${user.email}` : 'Booking by Slotline'}</p>
        </div>
      </footer>
    </div>
  );
}
