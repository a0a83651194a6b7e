import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title';

/** A code split page that could not be downloaded: offline, or replaced by a newer deployment. */
function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(error.message);
}

function describe(error: unknown): { title: string; message: string } {
  if (!navigator.onLine) {
    return { title: 'You seem to be offline', message: 'This page needs a connection to load. Check your network, then try again.' };
  }
  if (isChunkLoadError(error)) {
    return {
      title: 'This page could not be loaded',
      message: 'Part of the app did not download, perhaps because of a brief network problem or a new version. Trying again usually fixes it.',
    };
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { title: 'This page does not exist', message: 'The address may be mistyped, or the page has moved.' };
  }
  return { title: 'Something went wrong', message: 'An unexpected problem stopped this page. Your bookings are safe; please try again.' };
}

/**
 * What every route shows instead of crashing: a plain explanation, a way to try again (a full
 * reload, which also fetches a newer version of the app) and a way back to booking.
 */
export function RouteError() {
  const error = useRouteError();
  const { title, message } = describe(error);
  usePageTitle(title);
  return (
    <div role="alert" className="mx-auto my-8 max-w-lg rounded-2xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <div className="mx-auto flex size-14 items-center justify-center rounded-full bg-amber-100 text-amber-700" aria-hidden>
        <svg viewBox="0 0 24 24" className="size-7" fill="none" stroke="currentColor" strokeWidth="2.2">
          <path
            d="M12 8v5m0 3.5v.01M10.3 3.9 2.4 17.5A2 2 0 0 0 4.1 20.5h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </div>
      <h1 className="mt-4 text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
      <p className="mt-2 text-slate-600">{message}</p>
      <div className="mt-6 flex flex-col justify-center gap-2 sm:flex-row">
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800"
        >
          Try again
        </button>
        <Link
          to="/"
          reloadDocument
          className="inline-flex items-center justify-center rounded-lg px-4 py-2.5 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50"
        >
          Back to booking
        </Link>
      </div>
    </div>
  );
}
