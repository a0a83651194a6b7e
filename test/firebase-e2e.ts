import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { deleteApp, initializeApp } from 'firebase/app';
import { connectAuthEmulator, GoogleAuthProvider, inMemoryPersistence, initializeAuth, signInWithCredential } from 'firebase/auth';
import type { Page } from '@playwright/test';
import { startFakeFirebase } from './fake-firebase.js';

export const FIREBASE_PROJECT = 'demo-slotline';
export const FIREBASE_API_KEY = 'fake-web-key';
/** Where the browser SDK persists its signed-in user (localStorage or IndexedDB, under this key). */
export const PERSISTED_USER_KEY = `firebase:authUser:${FIREBASE_API_KEY}:[DEFAULT]`;

/**
 * The Playwright suite's Firebase setup on ports of its own: the fake Auth emulator, and the e2e server in
 * Firebase mode trusting it (and telling the web app to sign in against it).
 */
export async function startFirebaseE2e(basePort: number) {
  const firebase = await startFakeFirebase(FIREBASE_PROJECT, { apiKey: FIREBASE_API_KEY, port: basePort + 1 });
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/e2e-server.ts'], {
    env: {
      ...process.env,
      E2E_PORT: String(basePort),
      FIREBASE_AUTH_EMULATOR_HOST: firebase.host,
      E2E_FIREBASE_PROJECT_ID: FIREBASE_PROJECT,
      E2E_FIREBASE_WEB_API_KEY: FIREBASE_API_KEY,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${basePort}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the Firebase-mode e2e server exited:\n${errors}`);
    if (
      await fetch(`${url}/readyz`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    if (attempt > 600) throw new Error(`the Firebase-mode e2e server did not become ready:\n${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    firebase,
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await firebase.close();
    },
  };
}

/**
 * Signs a Google test account in with the official Firebase SDK against the fake emulator (signInWithIdp, as
 * the emulator takes Google accounts) and returns the user as the SDK persists it. The app's own button opens
 * Google's popup, which needs Google's servers (apis.google.com) and cannot run here.
 */
export async function googleSignIn(emulatorHost: string, account: { sub: string; email: string; name: string }) {
  const app = initializeApp(
    { apiKey: FIREBASE_API_KEY, authDomain: `${FIREBASE_PROJECT}.firebaseapp.com`, projectId: FIREBASE_PROJECT },
    `e2e-${randomBytes(4).toString('hex')}`,
  );
  try {
    const auth = initializeAuth(app, { persistence: inMemoryPersistence });
    connectAuthEmulator(auth, `http://${emulatorHost}`, { disableWarnings: true });
    const credential = GoogleAuthProvider.credential(JSON.stringify({ ...account, email_verified: true }));
    const { user } = await signInWithCredential(auth, credential);
    // The browser's app is the default one.
    return { uid: user.uid, persisted: { ...user.toJSON(), appName: '[DEFAULT]' } };
  } finally {
    await deleteApp(app);
  }
}

/** Leaves the signed-in user where the browser SDK keeps it, as after a sign-in in an earlier visit. */
export async function persistFirebaseUser(page: Page, baseUrl: string, persisted: object): Promise<void> {
  // A blank page on the app's origin, so that no app code runs while the storage is prepared.
  await page.route(`${baseUrl}/__prepare-storage`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>prepare</title>' }));
  await page.goto(`${baseUrl}/__prepare-storage`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PERSISTED_USER_KEY, JSON.stringify(persisted)] as const);
  await page.unroute(`${baseUrl}/__prepare-storage`);
}

/** The user the browser SDK persisted (in localStorage or IndexedDB), or null. */
export function persistedFirebaseUser(page: Page): Promise<unknown> {
  return page.evaluate(async (key) => {
    const local = localStorage.getItem(key);
    if (local) return JSON.parse(local) as unknown;
    const databases = await indexedDB.databases();
    if (!databases.some((database) => database.name === 'firebaseLocalStorageDb')) return null;
    return new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('firebaseLocalStorageDb');
      open.onerror = () => reject(new Error(String(open.error)));
      open.onsuccess = () => {
        const database = open.result;
        if (!database.objectStoreNames.contains('firebaseLocalStorage')) return resolve(null);
        const read = database.transaction('firebaseLocalStorage', 'readonly').objectStore('firebaseLocalStorage').get(key);
        read.onerror = () => reject(new Error(String(read.error)));
        read.onsuccess = () => {
          database.close();
          resolve((read.result as { value?: unknown } | undefined)?.value ?? null);
        };
      };
    });
  }, PERSISTED_USER_KEY);
}

/** The claims of a Firebase ID token (the fake's tokens are unsigned JWTs). */
export function tokenClaims(token: string): { iat: number; exp: number; sub: string } {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { iat: number; exp: number; sub: string };
}
