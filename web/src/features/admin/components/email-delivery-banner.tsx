import { useEffect } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button } from '../../../components/ui/button';
import { graphql } from '../../../gql';
import { useToast } from '../../../components/ui/toast';

const EmailDeliveryHealthQuery = graphql(`
  query EmailDeliveryHealth {
    emailDeliveryHealth {
      status
      oldestQueuedAt
      queued
      failed
      serviceDown
      lastError
    }
  }
`);

const RetryFailedEmailsMutation = graphql(`
  mutation RetryFailedEmails {
    retryFailedEmails {
      __typename
      ... on RetryFailedEmailsSuccess {
        requeued
      }
      ... on Error {
        message
      }
    }
  }
`);

const REFRESH_MS = 60_000;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Tells the provider when e-mails are late or failed, and sends failed ones again on request. */
export function EmailDeliveryBanner() {
  const [{ data }, refetch] = useQuery({ query: EmailDeliveryHealthQuery, requestPolicy: 'cache-and-network' });
  const [retrying, retry] = useMutation(RetryFailedEmailsMutation);
  const toast = useToast();
  // Polled: delivery happens in the worker, and nothing pushes its progress to the browser.
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refetch]);

  const health = data?.emailDeliveryHealth;
  if (!health || health.status === 'OK') return null;
  const sendAgain = async () => {
    const answer = (await retry({})).data?.retryFailedEmails;
    if (answer?.__typename === 'RetryFailedEmailsSuccess') toast(`${plural(answer.requeued, 'e-mail')} queued to be sent again.`, 'success');
    else toast(answer && 'message' in answer ? answer.message : 'The e-mails could not be queued again.', 'error');
  };
  const delayed = health.status === 'DELAYED' || health.serviceDown;
  return (
    <div role="alert" className="mb-6 space-y-2 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
      {delayed ? (
        <p>
          <strong>E-mails are delayed:</strong> {plural(health.queued, 'e-mail')} waiting
          {health.oldestQueuedAt ? `, the oldest since ${new Date(health.oldestQueuedAt).toLocaleString()}` : ''}.{' '}
          {health.serviceDown
            ? 'The mail service is not answering; they will go out, once each, as soon as it does.'
            : 'They will go out as soon as a worker runs again.'}
        </p>
      ) : null}
      {health.failed > 0 ? (
        <div className="flex flex-wrap items-center gap-3">
          <p>
            <strong>{plural(health.failed, 'e-mail')} could not be delivered</strong> in the last week. The reasons are in{' '}
            <Link to="/settings" className="font-semibold underline">
              Settings → E-mails
            </Link>
            .
          </p>
          <Button variant="secondary" busy={retrying.fetching} onClick={() => void sendAgain()}>
            Send them again
          </Button>
        </div>
      ) : null}
    </div>
  );
}
