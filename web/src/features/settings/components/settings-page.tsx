import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { useToast } from '../../../components/ui/toast';
import { graphql } from '../../../gql';
import { CalendarConnection } from './calendar-connection';
import { EmailOutbox } from './email-outbox';
import { ProviderProfileForm } from './provider-profile-form';
import { TimeZoneSettings } from './time-zone-settings';
import { session } from '../../../lib/session';

const SettingsQuery = graphql(`
  query Settings {
    me {
      id
      email
      name
      role
      ...CalendarConnection_user
      ...TimeZoneSettings_user
    }
  }
`);

const CALENDAR_OUTCOMES: Record<string, [string, 'success' | 'error']> = {
  connected: ['Google Calendar connected.', 'success'],
  denied: ['Google Calendar was not connected: access was declined.', 'error'],
  expired: ['That connection link expired or was already used; please connect again from here.', 'error'],
  failed: ['Google Calendar could not be connected; please try again.', 'error'],
};

export function SettingsPage() {
  const [{ data, fetching }] = useQuery({ query: SettingsQuery, requestPolicy: 'cache-and-network' });
  const [params, setParams] = useSearchParams();
  const toast = useToast();
  // Back from Google's consent screen: say how it went, once, and take the outcome out of the address.
  const calendarOutcome = params.get('calendar');
  useEffect(() => {
    const outcome = CALENDAR_OUTCOMES[calendarOutcome ?? ''];
    if (!outcome) return;
    toast(...outcome);
    setParams({}, { replace: true });
  }, [calendarOutcome, setParams, toast]);
  const me = data?.me;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Settings" subtitle={me ? `${me.name} · ${me.email}` : undefined} />
      {fetching && !me ? <LoadingBlock label="Loading settings" lines={2} /> : null}
      {me ? (
        <>
          {session.get().user?.role === 'PROVIDER' ? <ProviderProfileForm /> : null}
          {/* The provider's pages follow the practice's zone, set with the weekly hours. */}
          {me.role === 'CLIENT' ? <TimeZoneSettings user={me} /> : null}
          <CalendarConnection user={me} />
          <EmailOutbox />
        </>
      ) : null}
    </div>
  );
}
