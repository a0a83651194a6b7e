import { useMutation } from 'urql';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { graphql, readFragment, type FragmentType } from '../../../gql';

const UserFragment = graphql(`
  fragment CalendarConnection_user on User {
    googleCalendar {
      available
      status
    }
  }
`);

const ConnectCalendarMutation = graphql(`
  mutation ConnectCalendar {
    connectGoogleCalendar {
      __typename
      ... on ConnectGoogleCalendarSuccess {
        authorizationUrl
      }
      ... on Error {
        message
      }
    }
  }
`);

const DisconnectCalendarMutation = graphql(`
  mutation DisconnectCalendar {
    disconnectGoogleCalendar {
      __typename
    }
  }
`);

export function CalendarConnection(props: { user: FragmentType<typeof UserFragment> }) {
  const { googleCalendar } = readFragment(UserFragment, props.user);
  const toast = useToast();
  const [connecting, connect] = useMutation(ConnectCalendarMutation);
  const [disconnecting, disconnect] = useMutation(DisconnectCalendarMutation);
  const start = async () => {
    const result = await connect({});
    const outcome = result.data?.connectGoogleCalendar;
    if (outcome?.__typename === 'ConnectGoogleCalendarSuccess') window.location.assign(outcome.authorizationUrl);
    else toast(outcome && 'message' in outcome ? outcome.message : 'Google Calendar could not be reached.', 'error');
  };
  const stop = async () => {
    const result = await disconnect({});
    if (result.data?.disconnectGoogleCalendar.__typename === 'DisconnectGoogleCalendarSuccess') toast('Google Calendar disconnected.', 'info');
    else toast('Google Calendar could not be disconnected; please try again.', 'error');
  };
  return (
    <section aria-labelledby="calendar-heading" className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 id="calendar-heading" className="text-lg font-semibold">
        Google Calendar
      </h2>
      {!googleCalendar.available ? (
        <p className="mt-2 text-sm text-slate-600">Calendar sync is not set up on this server. Use the “Add to calendar” file after booking instead.</p>
      ) : googleCalendar.status === 'RECONNECT_NEEDED' ? (
        <div role="alert" className="mt-3 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
          <p className="font-medium">Google stopped accepting our access to your calendar.</p>
          <p className="mt-1">Reconnect to keep your appointments in Google Calendar.</p>
          <Button className="mt-3" busy={connecting.fetching} onClick={() => void start()}>
            Reconnect Google Calendar
          </Button>
        </div>
      ) : googleCalendar.status === 'CONNECTED' ? (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-700">
            <span className="mr-2 inline-block size-2 rounded-full bg-emerald-500" aria-hidden />
            Connected: your appointments appear in Google Calendar.
          </p>
          <Button variant="secondary" busy={disconnecting.fetching} onClick={() => void stop()}>
            Disconnect
          </Button>
        </div>
      ) : (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600">Add your consultations to Google Calendar automatically, with a reminder.</p>
          <Button busy={connecting.fetching} onClick={() => void start()}>
            Connect Google Calendar
          </Button>
        </div>
      )}
    </section>
  );
}
