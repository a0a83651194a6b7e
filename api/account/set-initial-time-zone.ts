import type { Services } from '../services.js';

export type SetInitialTimeZoneResult = { outcome: 'adopted'; userId: string } | { outcome: 'kept'; userId: string };

/**
 * The zone a person's browser (or their pick before signing in) reports at their first sign-in.
 * It only fills an account whose zone nobody chose yet: a saved zone is never replaced silently.
 * Compare-and-set in one UPDATE, so two first sign-ins at once cannot both win.
 */
export async function setInitialTimeZone(
  deps: Pick<Services, 'prisma' | 'authenticator' | 'now'>,
  userId: string,
  timezone: string,
): Promise<SetInitialTimeZoneResult> {
  const { count } = await deps.prisma.user.updateMany({
    where: { id: userId, timezoneSetAt: null },
    data: { timezone, timezoneSetAt: deps.now() },
  });
  if (count === 0) return { outcome: 'kept', userId };
  // Signed-in requests carry the cached user; the next one must see the zone.
  deps.authenticator.forget(userId);
  return { outcome: 'adopted', userId };
}
