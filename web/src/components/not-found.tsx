import { Link } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title';

/**
 * What an address that leads nowhere shows: an unknown page (the server answers it with 404)
 * or an appointment that does not exist or belongs to someone else.
 */
export function NotFound({
  title = 'Page not found',
  message = 'There is no page at this address. It may be mistyped, or the page has moved.',
}: {
  title?: string;
  message?: string;
}) {
  usePageTitle(title);
  return (
    <section aria-labelledby="not-found-title" className="mx-auto my-8 max-w-lg rounded-2xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <p className="text-5xl font-bold tracking-tight text-brand-700" aria-hidden>
        404
      </p>
      <h1 id="not-found-title" className="mt-3 text-2xl font-bold tracking-tight text-slate-900">
        {title}
      </h1>
      <p className="mt-2 text-slate-600">{message}</p>
      <nav aria-label="Ways back" className="mt-6 flex flex-col justify-center gap-2 sm:flex-row">
        <Link
          to="/"
          className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800"
        >
          Book a consultation
        </Link>
        <Link
          to="/appointments"
          className="inline-flex items-center justify-center rounded-lg px-4 py-2.5 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50"
        >
          My appointments
        </Link>
      </nav>
    </section>
  );
}
