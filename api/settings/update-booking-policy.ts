import type { Services } from '../services.js';
import { loadProviderRules, type ProviderRules } from './provider-settings.js';

/** The rules clients book under; each is unchanged when absent. */
export interface BookingPolicyChange {
  cancellationNoticeHours?: number | null;
  minBookingNoticeHours?: number | null;
  maxDaysAhead?: number | null;
  bufferMinutes?: number | null;
  maxActiveAppointmentsPerClient?: number | null;
  maxChangesPerClientPerDay?: number | null;
}

export type UpdateBookingPolicyResult = { outcome: 'updated'; policy: ProviderRules };

export async function updateBookingPolicy(deps: Pick<Services, 'prisma' | 'rules'>, change: BookingPolicyChange): Promise<UpdateBookingPolicyResult> {
  const given = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== null && value !== undefined));
  await deps.prisma.providerSettings.upsert({ where: { id: 1 }, create: { id: 1, ...given }, update: given });
  deps.rules.invalidate();
  return { outcome: 'updated', policy: await loadProviderRules(deps.prisma) };
}
