import type { Auth, User } from 'firebase/auth';
import { graphql } from '../../gql';
import { createClient } from '../../lib/urql';
import { session } from '../../lib/session';

const WhoAmIQuery = graphql(`
  query WhoAmI {
    me {
      id
      email
      name
      role
    }
  }
`);

export interface FirebaseWebConfig {
  apiKey: string;
  authDomain: string;
  projectId: string;
  /** Set by the server only outside production, when it trusts a local Auth emulator. */
  authEmulatorUrl?: string | null;
}

interface FirebaseSession {
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}

let started: Promise<FirebaseSession> | null = null;

const RENEW_BEFORE_EXPIRY_MS = 5 * 60_000;

// Whether Firebase has said if it holds a session; until then a signed-out page cannot tell.
let restored = false;
const restoredListeners = new Set<() => void>();
const markRestored = () => {
  restored = true;
  for (const listener of restoredListeners) listener();
};
export const firebaseRestore = {
  done: () => restored,
  subscribe: (listener: () => void) => {
    restoredListeners.add(listener);
    return () => restoredListeners.delete(listener);
  },
};

/**
 * Starts the Firebase SDK (loaded only when the server uses Firebase) once per page. It restores the
 * session Firebase persisted, keeps the session's ID token fresh (a new one is asked for shortly before
 * the hour is up; Firebase reports every new one), and gives every request a valid token
 * (session.setTokenSource).
 */
export function startFirebase(config: FirebaseWebConfig): Promise<FirebaseSession> {
  started ??= (async () => {
    const [{ initializeApp }, auth] = await Promise.all([import('firebase/app'), import('firebase/auth')]);
    const firebaseAuth = auth.getAuth(initializeApp({ apiKey: config.apiKey, authDomain: config.authDomain, projectId: config.projectId }));
    if (config.authEmulatorUrl) auth.connectAuthEmulator(firebaseAuth, config.authEmulatorUrl, { disableWarnings: true });
    session.setTokenSource(async (forceRefresh) => {
      await firebaseAuth.authStateReady();
      return firebaseAuth.currentUser ? firebaseAuth.currentUser.getIdToken(forceRefresh) : null;
    });
    let adoptedUid: string | null = null;
    let renewal: ReturnType<typeof setTimeout> | undefined;
    const adopt = async (user: User | null) => {
      clearTimeout(renewal);
      if (!user) {
        adoptedUid = null;
        if (session.token()) session.set({ token: null, user: null });
        return;
      }
      const token = await user.getIdToken();
      // Until the server says who this is, the stored user stands (it is the same person after a reload).
      session.set({ token, user: session.get().user, firebase: true });
      // Firebase renews a token only when asked for one: ask a little before this one expires, so that the
      // session always holds a valid token (the new one arrives through onIdTokenChanged).
      const { expirationTime } = await user.getIdTokenResult();
      // Two reports can be adopted at once (the SDK's first report, a renewal): one timer only.
      clearTimeout(renewal);
      renewal = setTimeout(
        () => void user.getIdToken(true).catch((error: unknown) => console.error('The Firebase ID token could not be renewed.', error)),
        Math.max(0, Date.parse(expirationTime) - Date.now() - RENEW_BEFORE_EXPIRY_MS),
      );
      if (adoptedUid === user.uid) return;
      // A client of its own: the app's cache belongs to whoever was signed in before.
      const me = await createClient().query(WhoAmIQuery, {}).toPromise();
      if (me.data?.me && session.token()) {
        adoptedUid = user.uid;
        session.set({ token: session.token(), user: me.data.me, firebase: true });
      }
    };
    auth.onIdTokenChanged(firebaseAuth, (user) => {
      // The token could not be read (offline, say): the session keeps the one it has, and the SDK reports the
      // next token here as it gets one. Nobody is waiting on this, so the console is where it shows.
      adopt(user).catch((error: unknown) => console.error('The Firebase ID token could not be adopted.', error));
    });
    signOutOfFirebaseWhenSessionEnds(firebaseAuth, auth.signOut);
    void restore(firebaseAuth).finally(markRestored);
    return {
      signIn: async () => {
        const { user } = await auth.signInWithPopup(firebaseAuth, new auth.GoogleAuthProvider());
        // Signed in only once the server knows who this is (the token listener may still be on its way).
        await adopt(user);
      },
      signOut: () => auth.signOut(firebaseAuth),
    };
  })();
  return started;
}

/** Takes over the session Firebase persisted, so that pages behind sign-in open without a detour. */
async function restore(firebaseAuth: Auth): Promise<void> {
  await firebaseAuth.authStateReady();
  const user = firebaseAuth.currentUser;
  if (user && !session.token()) session.set({ token: await user.getIdToken(), user: session.get().user, firebase: true });
}

/**
 * However the session ends (the sign-out button, or the server refusing the account), Firebase forgets the
 * person too; otherwise the next page load would sign them straight back in.
 */
function signOutOfFirebaseWhenSessionEnds(firebaseAuth: Auth, signOut: (auth: Auth) => Promise<void>) {
  session.subscribe((state) => {
    if (!state.token && firebaseAuth.currentUser) {
      signOut(firebaseAuth).catch((error: unknown) => console.error('Firebase sign-out failed.', error));
    }
  });
}

/** Signs out of the app and, when it was started, of Firebase (which also forgets its persisted user). */
export async function signOut(): Promise<void> {
  try {
    if (started) await (await started).signOut();
  } finally {
    // Even when Firebase could not be reached or never loaded, this browser's session ends here.
    session.set({ token: null, user: null });
  }
}
