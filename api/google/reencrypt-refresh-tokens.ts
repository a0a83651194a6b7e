import type { PrismaClient } from '../db/prisma.js';
import type { Logger } from '../logger.js';
import type { TokenCipher } from './token-cipher.js';

export interface ReencryptResult {
  reencrypted: number;
  /** Tokens that neither the current nor the previous key opens: those users must reconnect. */
  unreadable: number;
}

/**
 * Moves every stored refresh token still under GOOGLE_TOKEN_KEY_PREVIOUS to GOOGLE_TOKEN_KEY,
 * so that the previous key can be dropped afterwards. Safe to run on several instances at once:
 * a row is only replaced if it still holds the value that was read.
 */
export async function reencryptRefreshTokens(deps: { prisma: PrismaClient; cipher: TokenCipher; logger: Logger }): Promise<ReencryptResult> {
  const result: ReencryptResult = { reencrypted: 0, unreadable: 0 };
  if (!deps.cipher.rotating) return result;
  const connections = await deps.prisma.googleCalendarConnection.findMany({ select: { userId: true, encryptedRefreshToken: true } });
  for (const { userId, encryptedRefreshToken } of connections) {
    const moved = deps.cipher.reencrypt(encryptedRefreshToken);
    if (moved) {
      const { count } = await deps.prisma.googleCalendarConnection.updateMany({
        where: { userId, encryptedRefreshToken },
        data: { encryptedRefreshToken: moved },
      });
      result.reencrypted += count;
    } else if (!canDecrypt(deps.cipher, encryptedRefreshToken)) {
      result.unreadable += 1;
      deps.logger.warn({ userId }, 'a stored Google refresh token opens with neither GOOGLE_TOKEN_KEY nor GOOGLE_TOKEN_KEY_PREVIOUS');
    }
  }
  deps.logger.info(result, 'moved stored Google refresh tokens to the current GOOGLE_TOKEN_KEY');
  return result;
}

function canDecrypt(cipher: TokenCipher, stored: string): boolean {
  try {
    cipher.decrypt(stored);
    return true;
  } catch {
    return false;
  }
}
