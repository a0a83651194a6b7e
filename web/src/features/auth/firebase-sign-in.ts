import { client } from '../../lib/urql';
import { session } from '../../lib/session';
import { WhoAmIQuery } from './api/documents';

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
    auth.onIdTokenChanged(firebaseAuth, async (user) => {
      if (!user) {
        session.set({ token: null, user: null });
        return;
      }
      const token = await user.getIdToken();
      session.set({ token, user: session.get().user });
      const me = await client.query(WhoAmIQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      if (me.data?.me) session.set({ token, user: me.data.me });
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
