import { z } from 'zod';
import { retryEmail } from '../../api/notifications/retry-failed-emails.js';
import { builder } from '../builder.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { parseInput } from '../validation.js';
import { mutationResult } from './mutation-result.js';

builder.mutationField('retryEmail', (t) =>
  t.prismaField({
    type: 'Notification',
    description: 'Provider only: send a failed e-mail again, with the same content.',
    authScopes: { provider: true },
    errors: mutationResult('RetryEmail', 'email', [NotFoundError, ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_query, _root, { id }, context) => {
      const emailId = parseInput(z.uuid({ message: 'Not a valid e-mail id.' }), id, 'id');
      const result = await retryEmail(context, emailId);
      if (result.outcome === 'not-found') throw new NotFoundError('No such e-mail.');
      if (result.outcome === 'not-failed') {
        throw new ValidationError([{ path: 'id', message: `Only a failed e-mail can be sent again; this one is ${result.status.toLowerCase()}.` }]);
      }
      return result.email;
    },
  }),
);
