import { useEffect } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../../auth/use-session';
import { graphql } from '../../../gql';
import { rememberPickedTimeZone, visitorTimeZone } from '../../../lib/format';

const SetInitialTimeZoneMutation = graphql(`
  mutation SetInitialTimeZone($timezone: String!) {
    setInitialTimeZone(input: { timezone: $timezone }) {
      __typename
      ... on SetInitialTimeZoneSuccess {
        adopted
        user {
          id
          timezone
        }
      }
    }
  }
`);

/** Accounts already told their zone in this page's life. */
const told = new Set<string>();

/**
 * After a client signs in, gives a new account the zone they used while signed out: the one they picked
 * on the booking page, else their browser's. The server keeps a zone chosen before, so an existing
 * account is never changed by this; the booking page offers the browser's zone instead.
 */
export function useInitialTimeZone(): void {
  const { token, user } = useSession();
  const [, setInitialTimeZone] = useMutation(SetInitialTimeZoneMutation);
  const clientId = token && user?.role === 'CLIENT' ? user.id : null;
  useEffect(() => {
    if (!clientId || told.has(clientId)) return;
    told.add(clientId);
    void setInitialTimeZone({ timezone: visitorTimeZone() }).then((result) => {
      // Told: the pick belongs to this account now, not to whoever signs in next on this browser.
      if (result.data) rememberPickedTimeZone(null);
      else told.delete(clientId);
    });
  }, [clientId, setInitialTimeZone]);
}
