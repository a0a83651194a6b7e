import type { ProviderSettings } from '../generated/prisma/client.js';
import type { Services } from '../services.js';

export type ProviderProfile = Pick<ProviderSettings, 'displayName' | 'headline' | 'timezone' | 'contactEmail' | 'phone' | 'website' | 'location'>;

const profileSelect = { displayName: true, headline: true, timezone: true, contactEmail: true, phone: true, website: true, location: true } as const;

/** Each field is unchanged when absent; null clears an optional one. */
export interface ProviderProfileChange {
  displayName?: string;
  timezone?: string;
  headline?: string | null;
  contactEmail?: string | null;
  phone?: string | null;
  website?: string | null;
  location?: string | null;
}

export type UpdateProviderProfileResult = { outcome: 'updated'; profile: ProviderProfile };

/**
 * Who clients book with, as the app and e-mails show it. Until the provider sets a display
 * name, their account's name stands in.
 */
export async function updateProviderProfile(
  deps: Pick<Services, 'prisma' | 'rules'>,
  change: ProviderProfileChange,
  accountName: string,
): Promise<UpdateProviderProfileResult> {
  const profile = await deps.prisma.providerSettings.upsert({
    where: { id: 1 },
    create: { id: 1, ...change },
    update: change,
    select: profileSelect,
  });
  deps.rules.invalidate();
  return { outcome: 'updated', profile: { ...profile, displayName: profile.displayName ?? accountName } };
}
