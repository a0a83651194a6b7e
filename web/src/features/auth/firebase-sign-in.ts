import type { User } from 'firebase/auth';
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

interface FirebaseConfig {
  apiKey: string;
  authDomain: string;
  projectId: string;
}

let started: Promise<{ signIn(): Promise<void>; signOut(): Promise<void> }> | null = null;

/**
 * Loads the Firebase SDK only when the server uses Firebase, and keeps the session's token
 * fresh: Firebase renews ID tokens hourly and reports each new one here.
 */
export function startFirebase(config: FirebaseConfig) {
  started ??= (async () => {
    const [{ initializeApp }, auth] = await Promise.all([import('firebase/app'), import('firebase/auth')]);
    const app = initializeApp(config);
    const firebaseAuth = auth.getAuth(app);
    const adopt = async (user: User | null) => {
      if (!user) {
        session.set({ token: null, user: null });
        return;
      }
      const token = await user.getIdToken();
      session.set({ token, user: session.get().user });
      // A client of its own: the app's cache belongs to whoever was signed in before.
      const me = await createClient().query(WhoAmIQuery, {}).toPromise();
      if (me.data?.me) session.set({ token, user: me.data.me });
    };
    auth.onIdTokenChanged(firebaseAuth, (user) => {
      // The token could not be read (offline, say): the session keeps the one it has, and the SDK reports the
      // next token here as it gets one. Nobody is waiting on this, so the console is where it shows.
      adopt(user).catch((error: unknown) => console.error('The Firebase ID token could not be adopted.', error));
    });
    return {
      signIn: async () => {
        await auth.signInWithPopup(firebaseAuth, new auth.GoogleAuthProvider());
      },
      signOut: () => auth.signOut(firebaseAuth),
    };
  })();
  return started;
}
