import { emailDeliveryHealth, type EmailDeliveryHealth } from '../../api/notifications/email-delivery-health.js';
import { builder } from '../builder.js';

const HealthStatusEnum = builder.enumType('EmailDeliveryHealthStatus', {
  values: {
    OK: { description: 'E-mails go out on time.' },
    DELAYED: { description: 'An e-mail has been waiting more than 10 minutes past its time (the mail service is failing, or workers are not running).' },
    FAILED: { description: 'E-mails failed for good within the last week; they can be sent again.' },
  } as const,
});

const EmailDeliveryHealthRef = builder.objectRef<EmailDeliveryHealth>('EmailDeliveryHealth').implement({
  description: "How e-mail delivery is doing: the provider's alert.",
  fields: (t) => ({
    status: t.field({ type: HealthStatusEnum, resolve: (health) => health.status }),
    oldestQueuedAt: t.expose('oldestQueuedAt', { type: 'DateTime', nullable: true, description: 'When the oldest e-mail still waiting was due.' }),
    queued: t.exposeInt('queued', { description: 'E-mails due and not sent yet.' }),
    failed: t.exposeInt('failed', { description: 'E-mails that failed for good within the last week.' }),
    serviceDown: t.exposeBoolean('serviceDown', { description: 'The mail service has been failing: e-mails wait, and go out once it answers again.' }),
    serviceDownSince: t.expose('serviceDownSince', { type: 'DateTime', nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true, description: "The mail service's last failure." }),
  }),
});

builder.queryField('emailDeliveryHealth', (t) =>
  t.field({
    type: EmailDeliveryHealthRef,
    description: 'Provider only: whether e-mails are delayed or failed.',
    authScopes: { provider: true },
    resolve: (_root, _args, context) => emailDeliveryHealth(context.prisma, context.now()),
  }),
);
