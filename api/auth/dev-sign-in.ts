import type { User } from '../generated/prisma/client.js';
import type { Services } from '../services.js';
import { InvalidTokenError } from './identity.js';

export type DevSignInResult = { outcome: 'signed-in'; token: string; user: User } | { outcome: 'unavailable' } | { outcome: 'refused'; message: string };

/** AUTH_MODE=dev only: signs in as anyone, minting a token usable like a Firebase ID token. */
export async function devSignIn(deps: Pick<Services, 'devTokens' | 'authenticator'>, person: { email: string; name: string | null }): Promise<DevSignInResult> {
  if (!deps.devTokens) return { outcome: 'unavailable' };
  const token = deps.devTokens.sign({ email: person.email.toLowerCase(), name: person.name });
  const identity = await deps.devTokens.verify(token);
  try {
    return { outcome: 'signed-in', token, user: await deps.authenticator.userFor(identity) };
  } catch (error) {
    if (error instanceof InvalidTokenError) return { outcome: 'refused', message: error.message };
    throw error;
  }
}
