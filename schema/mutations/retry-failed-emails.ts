import { retryFailedEmails } from '../../api/notifications/retry-failed-emails.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError } from '../error-classes.js';
import { mutationResult } from './mutation-result.js';

builder.mutationField('retryFailedEmails', (t) =>
  t.int({
    description: 'Provider only: send every failed e-mail again, with the same content. Returns how many were queued.',
    authScopes: { provider: true },
    errors: mutationResult('RetryFailedEmails', 'requeued', [ForbiddenError, UnauthenticatedError]),
    resolve: async (_root, _args, context) => (await retryFailedEmails(context)).requeued,
  }),
);
