import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useMatches } from 'react-router';
import { documentTitle } from '../hooks/use-page-title';

/** What each route in app/router.tsx declares in its `handle`. */
export interface RouteHandle {
  title: string;
}

const HEADING_WAIT_MS = 10_000;

function routeTitle(matches: ReturnType<typeof useMatches>): string {
  for (const match of [...matches].reverse()) {
    const title = (match.handle as RouteHandle | undefined)?.title;
    if (title) return title;
  }
  return 'Page not found';
}

/**
 * Gives every page its title, and after a client-side navigation does what a page load does for
 * assistive technology: focus moves to the new page's main heading and its title is announced.
 * The first load is left alone (the browser already announces the document).
 */
export function RouteAnnouncer() {
  const { pathname } = useLocation();
  const title = routeTitle(useMatches());
  const [announcement, setAnnouncement] = useState('');
  const firstPage = useRef(true);

  // A layout effect, so that a page's own usePageTitle (a passive effect) refines it afterwards.
  useLayoutEffect(() => {
    document.title = documentTitle(title);
  }, [title, pathname]);

  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    const focusHeading = () => {
      const heading = main.querySelector('h1');
      if (!heading) return false;
      // Focusable by script only, never a stop in the tab order; a heading is not a control, so no focus ring.
      heading.tabIndex = -1;
      heading.style.outline = 'none';
      heading.focus();
      setAnnouncement(document.title);
      return true;
    };
    if (focusHeading()) return;
    // The page's code or data is still loading: its heading comes with it.
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);

  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="route-announcer">
      {announcement}
    </div>
  );
}
