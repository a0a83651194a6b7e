import type { Services } from '../services.js';

export type DisconnectCalendarResult = { outcome: 'disconnected' } | { outcome: 'not-connected' };

/** Stops syncing the user's Google Calendar and revokes the permission at Google. */
export async function disconnectCalendar(deps: Pick<Services, 'prisma' | 'google' | 'logger'>, userId: string): Promise<DisconnectCalendarResult> {
  const connection = await deps.prisma.googleCalendarConnection.findUnique({ where: { userId } });
  if (!connection) return { outcome: 'not-connected' };
  await deps.prisma.googleCalendarConnection.delete({ where: { userId } });
  if (deps.google) {
    const token = deps.google.cipher.decrypt(connection.encryptedRefreshToken);
    // Revocation is a courtesy to the user; the grant is already unusable without the stored token.
    await deps.google.calendar.revoke(token).catch((error: Error) => deps.logger.warn({ err: error.message }, 'Google did not confirm the revocation'));
  }
  return { outcome: 'disconnected' };
}
