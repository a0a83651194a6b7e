import type { ProviderSettings } from '../../api/generated/prisma/client.js';
import { builder } from '../builder.js';

export const ProviderProfileRef = builder
  .objectRef<Pick<ProviderSettings, 'displayName' | 'headline' | 'timezone' | 'contactEmail' | 'phone' | 'website' | 'location'>>('ProviderProfile')
  .implement({
    description: 'Who clients book with, as shown in the app and on e-mails. Public.',
    fields: (t) => ({
      displayName: t.string({ resolve: (profile) => profile.displayName ?? 'Your consultant' }),
      headline: t.exposeString('headline', { nullable: true }),
      timezone: t.exposeString('timezone'),
      contactEmail: t.exposeString('contactEmail', { nullable: true }),
      phone: t.exposeString('phone', { nullable: true }),
      website: t.exposeString('website', { nullable: true }),
      location: t.exposeString('location', {
        nullable: true,
        description: 'Where consultations take place: shown on e-mails and the booking page, and the location of calendar events.',
      }),
    }),
  });

const DEFAULT_PROFILE = { displayName: null, headline: null, timezone: 'Europe/Luxembourg', contactEmail: null, phone: null, website: null, location: null };

builder.queryField('providerProfile', (t) =>
  t.field({
    type: ProviderProfileRef,
    resolve: async (_root, _args, context) => {
      const [settings, provider] = await Promise.all([
        context.prisma.providerSettings.findUnique({ where: { id: 1 } }),
        context.prisma.user.findUnique({ where: { email: context.providerEmail }, select: { name: true } }),
      ]);
      // Until the provider sets a display name, their account's name stands in.
      const profile = settings ?? DEFAULT_PROFILE;
      return { ...profile, displayName: profile.displayName ?? provider?.name ?? null };
    },
  }),
);
