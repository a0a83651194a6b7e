import type { SlotChangeSummary } from '../../api/slots/follow-hours.js';
import { builder } from '../builder.js';
import { AppointmentRef } from './appointment.js';

export const SlotChangeSummaryRef = builder.objectRef<SlotChangeSummary>('SlotChangeSummary').implement({
  description: 'What a change of hours did (or, in a preview, would do) to the future slots already generated.',
  fields: (t) => ({
    opened: t.exposeInt('opened', { description: 'Slots created because the new hours contain them.' }),
    closed: t.exposeInt('closed', { description: 'Free slots removed (or withheld) because the new hours no longer contain them.' }),
    bookedOutsideHours: t.field({
      type: [AppointmentRef],
      description: 'Scheduled appointments outside the new hours. They are kept: cancel or move them yourself.',
      resolve: (summary, _args, context) =>
        summary.bookedOutsideHours.length === 0
          ? []
          : context.prisma.appointment.findMany({ where: { id: { in: summary.bookedOutsideHours } }, orderBy: { startTime: 'asc' } }),
    }),
  }),
});
