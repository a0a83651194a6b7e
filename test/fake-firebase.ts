import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface FakeAccount {
  localId: string;
  email: string;
  emailVerified: boolean;
  displayName?: string;
  disabled: boolean;
  /** Seconds; ID tokens authenticated before it are revoked (revokeRefreshTokens sets it to now). */
  validSince: number;
  createdAt: number;
}

/**
 * A stand-in for the Firebase Auth emulator, enough for firebase-admin's verifyIdToken:
 * with FIREBASE_AUTH_EMULATOR_HOST pointing here the SDK accepts unsigned tokens and
 * looks the account up at accounts:lookup, which answers like the real service (disabled
 * accounts, validSince after a revocation, no `users` for unknown ids, 401 without the
 * emulator's "owner" credential).
 */
export async function startFakeFirebase(projectId: string) {
  const accounts = new Map<string, FakeAccount>();
  const requests: string[] = [];
  const lookupPath = `/identitytoolkit.googleapis.com/v1/projects/${projectId}/accounts:lookup`;

  const json = (response: ServerResponse, status: number, body: unknown) =>
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  const error = (response: ServerResponse, status: number, message: string, reason: string) =>
    json(response, status, { error: { code: status, message, status: reason } });

  const handle = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    requests.push(`${request.method} ${path}`);
    if (path !== lookupPath) return error(response, 404, 'Not Found', 'NOT_FOUND');
    if (request.method !== 'POST') return error(response, 405, 'Method Not Allowed', 'INVALID_ARGUMENT');
    // The emulator's admin credential; the real service wants an OAuth access token.
    if (request.headers.authorization !== 'Bearer owner') {
      return error(response, 401, 'Request is missing required authentication credential.', 'UNAUTHENTICATED');
    }
    let lookup: { localId?: unknown; email?: unknown };
    try {
      lookup = JSON.parse(body) as typeof lookup;
    } catch {
      return error(response, 400, 'Invalid JSON payload received.', 'INVALID_ARGUMENT');
    }
    const ids = Array.isArray(lookup.localId) ? lookup.localId : [];
    const emails = Array.isArray(lookup.email) ? lookup.email : [];
    if (ids.length === 0 && emails.length === 0) return error(response, 400, 'MISSING_LOCAL_ID', 'INVALID_ARGUMENT');
    const found = [...accounts.values()].filter((account) => ids.includes(account.localId) || emails.includes(account.email));
    // The real service leaves `users` out when nothing matched.
    json(response, 200, { kind: 'identitytoolkit#GetAccountInfoResponse', ...(found.length ? { users: found.map(userInfo) } : {}) });
  };

  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => handle(request, response, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  const account = (uid: string) => {
    const found = accounts.get(uid);
    if (!found) throw new Error(`no fake Firebase account ${uid}`);
    return found;
  };
  return {
    host: `127.0.0.1:${port}`,
    requests,
    addAccount(added: { localId: string; email: string; displayName?: string; emailVerified?: boolean }) {
      const createdAt = nowSeconds();
      accounts.set(added.localId, { emailVerified: true, ...added, disabled: false, validSince: createdAt, createdAt });
    },
    disableAccount(uid: string) {
      account(uid).disabled = true;
    },
    /** What auth.revokeRefreshTokens(uid) does: tokens authenticated before now stop being valid. */
    revokeTokens(uid: string) {
      account(uid).validSince = nowSeconds();
    },
    /** An unsigned ID token as the emulator issues them; the options forge what a real one would carry. */
    idToken(claims: {
      uid: string;
      email?: string;
      name?: string;
      expiresInSeconds?: number;
      audience?: string;
      emailVerified?: boolean;
      signInProvider?: string;
      authenticatedSecondsAgo?: number;
    }): string {
      const now = nowSeconds();
      const signInProvider = claims.signInProvider ?? 'google.com';
      const payload = {
        iss: `https://securetoken.google.com/${claims.audience ?? projectId}`,
        aud: claims.audience ?? projectId,
        auth_time: now - (claims.authenticatedSecondsAgo ?? 0),
        user_id: claims.uid,
        sub: claims.uid,
        iat: now - 10,
        exp: now + (claims.expiresInSeconds ?? 3600),
        email: claims.email,
        email_verified: claims.emailVerified ?? true,
        name: claims.name,
        firebase: {
          identities: { ...(signInProvider === 'google.com' ? { 'google.com': [claims.uid] } : {}), ...(claims.email ? { email: [claims.email] } : {}) },
          sign_in_provider: signInProvider,
        },
      };
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An account as accounts:lookup returns it: times are strings, validSince in seconds. */
function userInfo(account: FakeAccount) {
  return {
    localId: account.localId,
    email: account.email,
    emailVerified: account.emailVerified,
    ...(account.displayName ? { displayName: account.displayName } : {}),
    providerUserInfo: [{ providerId: 'google.com', rawId: account.localId, federatedId: account.localId, email: account.email }],
    validSince: String(account.validSince),
    ...(account.disabled ? { disabled: true } : {}),
    createdAt: String(account.createdAt * 1000),
    lastLoginAt: String(account.createdAt * 1000),
  };
}
