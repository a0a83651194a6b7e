import { useEffect } from 'react';
import { useLocation } from 'react-router';

export const APP_NAME = 'Slotline';

export const documentTitle = (title: string) => `${title} · ${APP_NAME}`;

/**
 * Gives the page a more precise title than its route's (app/router.tsx), e.g. the open tab or
 * "Appointment not found". A passive effect: it runs after the route's title is set.
 */
export function usePageTitle(title: string): void {
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title, pathname]);
}
