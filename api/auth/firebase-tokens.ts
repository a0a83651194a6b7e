import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type DecodedIdToken } from 'firebase-admin/auth';
import { isProviderEmail, readEmailAddress } from './email-address.js';
import { InvalidTokenError, type Identity, type TokenVerifier } from './identity.js';

const PROBLEMS: Record<string, string> = {
  'auth/id-token-expired': 'The sign-in token has expired; sign in again.',
  'auth/id-token-revoked': 'The sign-in was revoked; sign in again.',
  'auth/user-disabled': 'This account is disabled.',
};

/**
 * Verifies Firebase ID tokens with firebase-admin. With FIREBASE_AUTH_EMULATOR_HOST set,
 * the SDK talks to that host instead of Google (the test suite runs a local fake there).
 */
export class FirebaseTokens implements TokenVerifier {
  private readonly app: App;

  constructor(
    projectId: string,
    private readonly providerEmails: readonly string[],
  ) {
    this.app = initializeApp({ projectId }, `slotline-${projectId}-${Date.now()}-${Math.random()}`);
  }

  async verify(token: string): Promise<Identity> {
    try {
      const auth = getAuth(this.app);
      const identity = trustedIdentity(await auth.verifyIdToken(token));
      if (isProviderEmail(readEmailAddress(identity.email), this.providerEmails)) {
        // The provider sees every client's data, so a disabled account or a revoked sign-in
        // must stop working now, not when the token expires: that costs a lookup at Google.
        await auth.verifyIdToken(token, true);
      }
      return identity;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      const code = (error as { code?: string }).code ?? '';
      throw new InvalidTokenError(
        PROBLEMS[code] ?? (code.startsWith('auth/') ? 'The sign-in token is not valid.' : 'The sign-in could not be checked right now; try again.'),
      );
    }
  }

  close(): Promise<void> {
    return deleteApp(this.app);
  }
}

/**
 * Only Google sign-ins with a verified address are trusted: Firebase also issues tokens
 * for e-mail and password sign-ups, whose address nobody has proven to own.
 */
export function trustedIdentity(decoded: DecodedIdToken): Identity {
  if (!decoded.email) throw new InvalidTokenError('The Google account has no e-mail address.');
  if (decoded.email_verified !== true || decoded.firebase?.sign_in_provider !== 'google.com') {
    throw new InvalidTokenError('Sign in with a Google account whose e-mail address is verified.');
  }
  const name = typeof decoded.name === 'string' ? decoded.name : null;
  return { uid: decoded.uid, email: decoded.email, name, expiresAt: decoded.exp * 1000 };
}
