import { builder } from '../builder.js';
import { selectingSomething } from '../prisma-query.js';
import { googleCalendarStatus, GoogleCalendarStatusRef } from './google-calendar.js';

const RoleEnum = builder.enumType('Role', { values: ['CLIENT', 'PROVIDER'] as const });

export const UserRef = builder.prismaObject('User', {
  // A user's details are visible to themselves and to the provider only.
  authScopes: (user) => ({ readsUser: user.id }),
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    timezone: t.exposeString('timezone', { description: 'IANA time zone in which times are shown to this user.' }),
    role: t.expose('role', { type: RoleEnum }),
    googleCalendar: t.field({
      type: GoogleCalendarStatusRef,
      // Loaded with the users, not one lookup per user.
      select: { googleCalendar: { select: { status: true } } },
      resolve: (user, _args, context) => googleCalendarStatus(user.googleCalendar, context),
    }),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user; null when not signed in.',
    resolve: (query, _root, _args, context) => {
      const selection = selectingSomething(query);
      return context.viewer ? context.prisma.user.findUnique({ ...selection, where: { id: context.viewer.user.id } }) : null;
    },
  }),
);
