import { builder } from '../builder.js';

builder.subscriptionField('slotsResyncRequired', (t) =>
  t.field({
    type: 'DateTime',
    description:
      'Emits the time whenever this server may have missed slot changes (its live feed was cut off): refetch availableSlots. A reconnecting WebSocket should refetch too. Public.',
    subscribe: (_root, _args, context) => context.slotFeed.resyncs(),
    resolve: (at) => at,
  }),
);
