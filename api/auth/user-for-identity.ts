import type { PrismaClient } from '../db/prisma.js';
import { isConflictError } from '../db/database-errors.js';
import type { Role, User } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import { isProviderEmail, readEmailAddress } from './email-address.js';
import { InvalidTokenError, type Identity } from './identity.js';

export const EMAIL_TAKEN = 'This e-mail address already belongs to another sign-in account; sign in with that one.';
export const LOOKALIKE_EMAIL = 'This e-mail address imitates another one with look-alike characters; sign in with a different account.';

/**
 * A user row that no sign-in account owns yet: seeded rows have no uid, and AUTH_MODE=dev
 * binds rows to "dev:<email>", which no Google sign-in can carry. A verified Google
 * identity with the row's address may claim such a row, once.
 */
export function isUnclaimed(firebaseUid: string | null): boolean {
  return firebaseUid === null || firebaseUid.startsWith('dev:');
}

/**
 * Finds or creates the user of a verified identity. A user belongs to the first sign-in
 * account bound to it and is never handed to another account that shows the same e-mail
 * address. The role follows PROVIDER_EMAILS at every sign-in.
 */
export async function userForIdentity(deps: { prisma: PrismaClient; providerEmails: readonly string[]; logger: Logger }, identity: Identity): Promise<User> {
  const address = readEmailAddress(identity.email);
  if (address.lookalike) throw new InvalidTokenError(LOOKALIKE_EMAIL);
  const { email } = address;
  const role: Role = isProviderEmail(address, deps.providerEmails) ? 'PROVIDER' : 'CLIENT';
  const { prisma } = deps;
  // A second pass only after losing a race to a concurrent first sign-in.
  for (let attempt = 0; attempt < 2; attempt++) {
    const bound = await prisma.user.findUnique({ where: { firebaseUid: identity.uid } });
    if (bound) {
      if (bound.role === role && bound.email === email) return bound;
      try {
        return await prisma.user.update({ where: { id: bound.id }, data: { role, email } });
      } catch (error) {
        if (!isConflictError(error)) throw error;
        refuse(deps.logger, bound.id, 'the new e-mail address of the sign-in account belongs to another user');
      }
    }
    const holder = await prisma.user.findUnique({ where: { email } });
    if (!holder) {
      try {
        return await prisma.user.create({ data: { email, name: identity.name ?? email.split('@')[0]!, firebaseUid: identity.uid, role } });
      } catch (error) {
        if (!isConflictError(error)) throw error;
        continue;
      }
    }
    if (!address.plain || !isUnclaimed(holder.firebaseUid)) {
      refuse(deps.logger, holder.id, 'the e-mail address belongs to a user bound to another sign-in account');
    }
    // Compare-and-set: of two accounts claiming the row at once, only one wins.
    const [claimed] = await prisma.user.updateManyAndReturn({
      where: { id: holder.id, firebaseUid: holder.firebaseUid },
      data: { firebaseUid: identity.uid, role },
    });
    if (claimed) return claimed;
  }
  return refuse(deps.logger, null, 'the user changed during sign-in');
}

function refuse(logger: Logger, userId: string | null, reason: string): never {
  logger.warn({ userId, reason }, 'sign-in refused');
  throw new InvalidTokenError(EMAIL_TAKEN);
}
