import { isProvider } from '../../api/auth/policies.js';
import { builder } from '../builder.js';
import { ValidationError } from '../error-classes.js';
import { isUuid } from '../inputs.js';
import { assertPageSize, MAX_PAGE_SIZE } from '../pagination.js';
import { selectingSomething } from '../prisma-query.js';

const DeliveryStatusEnum = builder.enumType('DeliveryStatus', {
  values: ['QUEUED', 'SENT', 'FAILED', 'BOUNCED', 'SUPPRESSED', 'CANCELLED', 'SKIPPED'] as const,
});

const EmailKindEnum = builder.enumType('EmailKind', {
  values: ['BOOKING_CONFIRMED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'REMINDER'] as const,
});

builder.prismaObject('Notification', {
  name: 'Email',
  description: 'An e-mail Slotline sends or sent: the delivery log, and the outbox when no mail service is configured.',
  authScopes: (email) => ({ readsEmailTo: email.recipientEmail }),
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: EmailKindEnum }),
    to: t.exposeString('recipientEmail'),
    status: t.expose('status', { type: DeliveryStatusEnum }),
    subject: t.exposeString('subject', { nullable: true, description: 'Known once the e-mail was rendered for sending.' }),
    html: t.exposeString('html', { nullable: true }),
    text: t.exposeString('text', { nullable: true }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', { nullable: true }),
    transport: t.exposeString('transport', { nullable: true, description: '"resend", or "outbox" when kept in the app.' }),
    dueAt: t.expose('dueAt', { type: 'DateTime' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    appointment: t.relation('appointment'),
  }),
});

builder.queryField('emails', (t) =>
  t.prismaConnection(
    {
      type: 'Notification',
      cursor: 'id',
      description: 'E-mails newest first: the provider sees all of them, a client those sent to them.',
      authScopes: { signedIn: true },
      args: { appointmentId: t.arg.id({ required: false }) },
      maxSize: MAX_PAGE_SIZE,
      defaultSize: 20,
      resolve: (query, _root, { appointmentId, first, last }, context) => {
        assertPageSize(first, last);
        if (appointmentId && !isUuid(appointmentId)) {
          throw new ValidationError([{ path: 'appointmentId', message: 'The appointment is not a valid id.' }]);
        }
        return context.prisma.notification.findMany({
          ...selectingSomething(query),
          where: {
            // The rows mayReadEmailTo lets this caller read.
            ...(isProvider(context) ? {} : { recipientEmail: context.viewer!.user.email }),
            ...(appointmentId ? { appointmentId } : {}),
          },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        });
      },
    },
    { name: 'EmailConnection' },
    { name: 'EmailEdge' },
  ),
);
