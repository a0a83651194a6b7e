import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { InvalidTokenError, type Identity, type TokenVerifier } from './identity.js';

/**
 * Verifies Firebase ID tokens with firebase-admin. With FIREBASE_AUTH_EMULATOR_HOST set,
 * the SDK talks to that host instead of Google (the test suite runs a local fake there).
 */
export class FirebaseTokens implements TokenVerifier {
  private readonly app: App;

  constructor(projectId: string) {
    this.app = initializeApp({ projectId }, `slotline-${projectId}-${Date.now()}-${Math.random()}`);
  }

  async verify(token: string): Promise<Identity> {
    try {
      const decoded = await getAuth(this.app).verifyIdToken(token);
      if (!decoded.email) throw new InvalidTokenError('The Google account has no e-mail address.');
      const name = typeof decoded.name === 'string' ? decoded.name : null;
      return { uid: decoded.uid, email: decoded.email, name };
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      const code = (error as { code?: string }).code ?? '';
      throw new InvalidTokenError(
        code === 'auth/id-token-expired'
          ? 'The sign-in token has expired; sign in again.'
          : 'The sign-in token is not valid.',
      );
    }
  }

  close(): Promise<void> {
    return deleteApp(this.app);
  }
}
