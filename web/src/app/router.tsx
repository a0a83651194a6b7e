import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoadingBlock } from '../components/ui/skeleton';
import { RequireAuth } from '../features/auth/components/require-auth';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Each page loads when first visited, to keep the first download small.
const BookPage = lazy(() => import('../features/booking/components/book-page').then((m) => ({ default: m.BookPage })));
const BookedPage = lazy(() => import('../features/booking/components/booked-page').then((m) => ({ default: m.BookedPage })));
const SignInPage = lazy(() => import('../features/auth/components/sign-in-page').then((m) => ({ default: m.SignInPage })));
const MyAppointmentsPage = lazy(() => import('../features/appointments/components/my-appointments-page').then((m) => ({ default: m.MyAppointmentsPage })));
const AppointmentDetailsPage = lazy(() =>
  import('../features/appointments/components/appointment-details-page').then((m) => ({ default: m.AppointmentDetailsPage })),
);
const AdminPage = lazy(() => import('../features/admin/components/admin-page').then((m) => ({ default: m.AdminPage })));
const SettingsPage = lazy(() => import('../features/settings/components/settings-page').then((m) => ({ default: m.SettingsPage })));

const page = (element: ReactNode, protectedPage = false) => (
  <Suspense fallback={<LoadingBlock label="Loading" />}>{protectedPage ? <RequireAuth>{element}</RequireAuth> : element}</Suspense>
);

// Every route has its own error boundary, so a failing page keeps the header and its way out.
const errorElement = <RouteError />;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement,
    children: [
      { path: '/', element: page(<BookPage />), errorElement },
      { path: '/sign-in', element: page(<SignInPage />), errorElement },
      { path: '/booked/:id', element: page(<BookedPage />, true), errorElement },
      { path: '/appointments', element: page(<MyAppointmentsPage />, true), errorElement },
      { path: '/appointments/:id', element: page(<AppointmentDetailsPage />, true), errorElement },
      { path: '/settings', element: page(<SettingsPage />, true), errorElement },
      { path: '/admin', element: page(<AdminPage />, true), errorElement },
      {
        path: '*',
        element: (
          <p className="text-center text-slate-600">
            This page does not exist.{' '}
            <a className="text-brand-700 underline" href="/">
              Book a consultation
            </a>
          </p>
        ),
      },
    ],
  },
]);
