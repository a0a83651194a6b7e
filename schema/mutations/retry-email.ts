import { getRefFromModel } from '@pothos/plugin-prisma';
import { z } from 'zod';
import { retryEmail } from '../../api/notifications/retry-email.js';
import { builder } from '../builder.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { mutationResult } from './mutation-result.js';

// The e-mail as it was queued, read before a worker could pick it up; its relations load on demand.
const EmailRef = getRefFromModel('Notification', builder);

builder.mutationField('retryEmail', (t) =>
  t.field({
    type: EmailRef,
    description: 'Provider only: send a failed e-mail again, with the same content.',
    authScopes: { provider: true },
    errors: mutationResult('RetryEmail', 'email', [NotFoundError, ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { id: t.arg.id({ required: true }).validate(z.uuid({ message: 'Not a valid e-mail id.' })) },
    resolve: async (_root, args, context) => {
      const result = await retryEmail(context, args.id);
      if (result.outcome === 'not-found') throw new NotFoundError('No such e-mail.');
      if (result.outcome === 'not-failed') {
        throw new ValidationError([{ path: 'id', message: `Only a failed e-mail can be sent again; this one is ${result.status.toLowerCase()}.` }]);
      }
      return result.email;
    },
  }),
);
