import type { Services } from '../services.js';

/** Each field is unchanged when absent. */
export interface MyProfileChange {
  name?: string | null;
  timezone?: string | null;
}

export type UpdateMyProfileResult = { outcome: 'updated'; userId: string };

/** A signed-in person's own name and the time zone they see times in. */
export async function updateMyProfile(
  deps: Pick<Services, 'prisma' | 'authenticator' | 'now'>,
  userId: string,
  change: MyProfileChange,
): Promise<UpdateMyProfileResult> {
  await deps.prisma.user.update({
    where: { id: userId },
    data: { ...(change.name ? { name: change.name } : {}), ...(change.timezone ? { timezone: change.timezone, timezoneSetAt: deps.now() } : {}) },
    select: { id: true },
  });
  // Signed-in requests carry the cached user; the next one must see the change.
  deps.authenticator.forget(userId);
  return { outcome: 'updated', userId };
}
