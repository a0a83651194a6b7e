import { readsAllAppointments, type Caller } from '../../api/auth/policies.js';
import type { Prisma } from '../../api/generated/prisma/client.js';
import { loadCalendarOrganizer } from '../../api/settings/calendar-organizer.js';
import type { CalendarParty } from '../../shared/ics.js';
import { builder } from '../builder.js';
import { selectingSomething } from '../prisma-query.js';
import { assertPageSize, MAX_PAGE_SIZE } from '../pagination.js';
import { AppointmentFilterInput, AppointmentSortEnum, AppointmentStatusEnum, appointmentOrder, appointmentWhere } from './appointment-filter.js';
import { isUuid } from '../inputs.js';

/**
 * Granted by the result of a mutation that changed an appointment: whoever may change it (an API key
 * with appointments:write alone, say) may read what they changed, but not other appointments.
 */
export const CHANGED_APPOINTMENT = 'changedAppointment';

const CalendarPartyRef = builder.objectRef<CalendarParty>('CalendarParty').implement({
  description: 'Someone named in a calendar event: ORGANIZER or ATTENDEE.',
  fields: (t) => ({ name: t.exposeString('name'), email: t.exposeString('email') }),
});

export const AppointmentRef = builder.prismaObject('Appointment', {
  // Whoever may read its client (the client, the provider, a key with appointments:read), or the field that returned the change.
  authScopes: (appointment) => ({ readsUser: appointment.userId, $granted: CHANGED_APPOINTMENT }),
  fields: (t) => ({
    id: t.exposeID('id'),
    user: t.relation('user'),
    startTime: t.expose('startTime', { type: 'DateTime' }),
    endTime: t.expose('endTime', { type: 'DateTime' }),
    status: t.expose('status', { type: AppointmentStatusEnum }),
    notes: t.exposeString('notes', { nullable: true }),
    cancelReason: t.exposeString('cancelReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    calendarSequence: t.exposeInt('revision', {
      description:
        'The iCalendar SEQUENCE of this version of the appointment: 0 when booked, one more after every change (a move, a cancellation, a status mark), so that calendars replace an older copy.',
    }),
    calendarOrganizer: t.field({
      type: CalendarPartyRef,
      description: "The provider as the appointment's calendar files name them (ORGANIZER), the same as in the e-mailed invitations.",
      resolve: (_appointment, _args, context) => loadCalendarOrganizer(context.prisma, context.providerEmail),
    }),
  }),
});

/** The appointments a caller may read, as a filter: every one, their own, or none (null). */
function visibleAppointments(caller: Caller): Prisma.AppointmentWhereInput | null {
  if (readsAllAppointments(caller)) return {};
  return caller.viewer ? { userId: caller.viewer.user.id } : null;
}

builder.queryField('appointment', (t) =>
  t.prismaField({
    type: 'Appointment',
    nullable: true,
    description: 'The owner or the provider sees it; anyone else gets null (no hint that it exists).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => {
      const selection = selectingSomething(query);
      const visible = visibleAppointments(context);
      if (!visible || !isUuid(id)) return null;
      return context.prisma.appointment.findFirst({ ...selection, where: { ...visible, id } });
    },
  }),
);

builder.queryField('myAppointments', (t) =>
  t.prismaConnection(
    {
      type: 'Appointment',
      cursor: 'id',
      description: "The signed-in user's appointments, filtered, searched and sorted; paginated by cursor.",
      authScopes: { signedIn: true },
      args: {
        filter: t.arg({ type: AppointmentFilterInput, required: false }),
        sort: t.arg({ type: AppointmentSortEnum, required: false }),
      },
      maxSize: MAX_PAGE_SIZE,
      defaultSize: 20,
      resolve: (query, _root, { filter, sort, first, last }, context) => {
        assertPageSize(first, last);
        return context.prisma.appointment.findMany({
          ...query,
          where: { ...appointmentWhere(filter, context.now()), userId: context.viewer!.user.id },
          orderBy: appointmentOrder(sort),
        });
      },
    },
    { name: 'AppointmentConnection' },
    { name: 'AppointmentEdge' },
  ),
);

builder.queryField('appointments', (t) =>
  t.prismaConnection(
    {
      type: 'Appointment',
      cursor: 'id',
      description: "Every client's appointments, filtered, searched and sorted. The provider, or an API key with appointments:read.",
      authScopes: { $any: { provider: true, apiScope: 'appointments:read' } },
      args: {
        filter: t.arg({ type: AppointmentFilterInput, required: false }),
        sort: t.arg({ type: AppointmentSortEnum, required: false }),
      },
      maxSize: MAX_PAGE_SIZE,
      defaultSize: 20,
      resolve: (query, _root, { filter, sort, first, last }, context) => {
        assertPageSize(first, last);
        return context.prisma.appointment.findMany({ ...query, where: appointmentWhere(filter, context.now()), orderBy: appointmentOrder(sort) });
      },
    },
    { name: 'AppointmentListConnection' },
    { name: 'AppointmentListEdge' },
  ),
);
