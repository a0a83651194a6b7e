import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Dialog } from '../../../components/ui/dialog';
import { LoadingBlock } from '../../../components/ui/skeleton';
import { useToast } from '../../../components/ui/toast';
import { graphql } from '../../../gql';
import { session } from '../../../lib/session';

const EmailsQuery = graphql(`
  query Emails($after: String) {
    emails(first: 20, after: $after) {
      edges {
        node {
          id
          kind
          to
          subject
          status
          transport
          html
          lastError
          createdAt
          sentAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RetryEmailMutation = graphql(`
  mutation RetryEmail($id: ID!) {
    retryEmail(id: $id) {
      __typename
      ... on RetryEmailSuccess {
        email {
          id
          status
          lastError
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const KINDS: Record<string, string> = {
  BOOKING_CONFIRMED: 'Booking confirmation',
  APPOINTMENT_RESCHEDULED: 'Change of time',
  APPOINTMENT_CANCELLED: 'Cancellation',
  REMINDER: 'Reminder, 24 hours before',
};

const STATUS_STYLES: Record<string, string> = {
  SENT: 'text-emerald-700',
  QUEUED: 'text-slate-600',
  FAILED: 'text-red-700',
  BOUNCED: 'text-red-700',
  SUPPRESSED: 'text-amber-800',
  CANCELLED: 'text-slate-500',
  SKIPPED: 'text-slate-500',
};

/** E-mails sent to this user (all of them, for the provider); in dev, the outbox itself. */
export function EmailOutbox() {
  const [{ data, fetching }] = useQuery({ query: EmailsQuery, variables: {}, requestPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<{ subject: string; html: string } | null>(null);
  const [retrying, retry] = useMutation(RetryEmailMutation);
  const toast = useToast();
  const isProvider = session.get().user?.role === 'PROVIDER';
  const sendAgain = async (id: string) => {
    const answer = (await retry({ id })).data?.retryEmail;
    if (answer?.__typename === 'RetryEmailSuccess') toast('The e-mail is queued to be sent again.', 'success');
    else toast(answer && 'message' in answer ? answer.message : 'The e-mail could not be queued again.', 'error');
  };
  const emails = data?.emails.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="emails-heading" className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 id="emails-heading" className="text-lg font-semibold">
        E-mails
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Confirmations, changes and reminders. Without a mail service configured, they stay here instead of being sent. An e-mail that no longer told the truth
        (the appointment moved or was cancelled, or a reminder would have come too late) is skipped, with the reason.
      </p>
      <div className="mt-4">
        {fetching && emails.length === 0 ? (
          <LoadingBlock label="Loading e-mails" lines={2} />
        ) : emails.length === 0 ? (
          <p className="text-sm text-slate-500">No e-mails yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {emails.map((email) => (
              <li key={email.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium text-slate-900">{email.subject ?? KINDS[email.kind]}</p>
                  <p className="text-xs text-slate-500">
                    to {email.to} · <span className={STATUS_STYLES[email.status]}>{email.status.toLowerCase()}</span>
                    {email.transport === 'outbox' ? ' · kept in outbox' : ''}
                    {email.lastError ? ` · ${email.lastError}` : ''}
                  </p>
                </div>
                <div className="flex gap-4">
                  {isProvider && email.status === 'FAILED' ? (
                    <button
                      className="text-sm font-semibold text-brand-700 hover:underline disabled:text-slate-400"
                      disabled={retrying.fetching}
                      onClick={() => void sendAgain(email.id)}
                    >
                      Send again
                    </button>
                  ) : null}
                  {email.html ? (
                    <button
                      className="text-sm font-semibold text-brand-700 hover:underline"
                      onClick={() => setOpen({ subject: email.subject ?? 'E-mail', html: email.html! })}
                    >
                      View
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Dialog open={open !== null} onClose={() => setOpen(null)} title={open?.subject ?? ''} closeButton>
        {open ? <iframe title={open.subject} sandbox="" srcDoc={open.html} className="h-[60vh] w-full rounded-lg ring-1 ring-slate-200" /> : null}
      </Dialog>
    </section>
  );
}
