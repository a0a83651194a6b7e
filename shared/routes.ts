// The web app's pages, in one list read by the web router and by the server's fallback for client routes:
// the server answers 200 with the app for these and 404 (with the same app, which shows its not-found page) for
// anything else, so the two can never disagree about which addresses exist.

export const CLIENT_ROUTES = {
  book: '/',
  signIn: '/sign-in',
  booked: '/booked/:id',
  myAppointments: '/appointments',
  appointment: '/appointments/:id',
  settings: '/settings',
  admin: '/admin',
} as const;

export type ClientRouteName = keyof typeof CLIENT_ROUTES;

const segments = (path: string) => path.split('/').filter(Boolean);

/** Whether a pathname (no query string) is one of the app's pages: `:param` stands for one non-empty segment. */
export function isClientRoute(pathname: string): boolean {
  const parts = segments(pathname);
  return Object.values(CLIENT_ROUTES).some((pattern) => {
    const expected = segments(pattern);
    return expected.length === parts.length && expected.every((part, index) => part.startsWith(':') || part === parts[index]);
  });
}
