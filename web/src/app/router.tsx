import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { CLIENT_ROUTES } from '@shared/routes';
import { NotFound } from '../components/not-found';
import { LoadingBlock } from '../components/ui/skeleton';
import { RequireAuth } from '../features/auth/components/require-auth';
import { BookPage } from '../features/booking/components/book-page';
import { Layout } from './layout';
import type { RouteHandle } from './route-announcer';
import { RouteError } from './route-error';

// The booking page is where most visits start: it comes with the first download, not after it.
// Every other page loads when first visited, to keep that download small.
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

const title = (text: string): RouteHandle => ({ title: text });

// Every route has its own error boundary, so a failing page keeps the header and its way out.
const errorElement = <RouteError />;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement,
    children: [
      { path: CLIENT_ROUTES.book, element: page(<BookPage />), errorElement, handle: title('Book a time') },
      { path: CLIENT_ROUTES.signIn, element: page(<SignInPage />), errorElement, handle: title('Sign in') },
      { path: CLIENT_ROUTES.booked, element: page(<BookedPage />, true), errorElement, handle: title('Booking confirmed') },
      { path: CLIENT_ROUTES.myAppointments, element: page(<MyAppointmentsPage />, true), errorElement, handle: title('My appointments') },
      { path: CLIENT_ROUTES.appointment, element: page(<AppointmentDetailsPage />, true), errorElement, handle: title('Appointment details') },
      { path: CLIENT_ROUTES.settings, element: page(<SettingsPage />, true), errorElement, handle: title('Settings') },
      { path: CLIENT_ROUTES.admin, element: page(<AdminPage />, true), errorElement, handle: title('Practice') },
      // Whatever shared/routes.ts does not list; the server answers these addresses with 404.
      { path: '*', element: <NotFound />, handle: title('Page not found') },
    ],
  },
]);
