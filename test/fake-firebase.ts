import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeUnsignedToken, mintIdToken, type IdTokenClaims } from './fake-firebase-tokens.js';

interface FakeAccount {
  localId: string;
  email: string;
  emailVerified: boolean;
  displayName?: string;
  /** The Google account's `sub`: what signInWithIdp recognises the person by. */
  googleId: string;
  disabled: boolean;
  /** Seconds; ID tokens authenticated before it are revoked (revokeRefreshTokens sets it to now). */
  validSince: number;
  createdAt: number;
}

interface RefreshGrant {
  localId: string;
  /** Seconds: when the person signed in; refreshed ID tokens keep it as auth_time. */
  authTime: number;
}

const ID_TOKEN_SECONDS = 3600;

/**
 * A stand-in for the Firebase Auth emulator (the part Slotline uses), on the emulator's own paths:
 * - for firebase-admin (FIREBASE_AUTH_EMULATOR_HOST): accounts:lookup with the emulator's "owner" credential,
 *   answering like the real service (disabled accounts, validSince after a revocation, no `users` when unknown);
 * - for the web SDK (connectAuthEmulator): accounts:signInWithIdp with a Google test account's unsigned ID token
 *   (the emulator takes the Google token's claims as they are), accounts:lookup with a user's ID token, and
 *   securetoken's refresh-token grant; each with the web API key, CORS as the emulator answers it, and the real
 *   error messages (INVALID_ID_TOKEN, INVALID_REFRESH_TOKEN, TOKEN_EXPIRED, USER_DISABLED...).
 * ID tokens are unsigned (alg none), as the emulator issues them, and last an hour.
 */
export async function startFakeFirebase(projectId: string, options: { apiKey?: string; port?: number } = {}) {
  const apiKey = options.apiKey ?? 'fake-web-key';
  const accounts = new Map<string, FakeAccount>();
  const refreshGrants = new Map<string, RefreshGrant>();
  const requests: string[] = [];
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  const adminLookupPath = `/identitytoolkit.googleapis.com/v1/projects/${projectId}/accounts:lookup`;

  const json = (response: ServerResponse, status: number, body: unknown) =>
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  const error = (response: ServerResponse, status: number, message: string, reason = 'INVALID_ARGUMENT') =>
    json(response, status, { error: { code: status, message, status: reason, errors: [{ message, domain: 'global', reason: 'invalid' }] } });

  const mint = (account: FakeAccount, authTime: number) =>
    mintIdToken(projectId, {
      uid: account.localId,
      email: account.email,
      name: account.displayName,
      emailVerified: account.emailVerified,
      authenticatedSecondsAgo: nowSeconds() - authTime,
      expiresInSeconds: ID_TOKEN_SECONDS,
    });

  /** The account an ID token from this emulator names, or the real service's complaint about the token. */
  const accountOfIdToken = (idToken: unknown): FakeAccount | string => {
    const claims = typeof idToken === 'string' ? decodeUnsignedToken(idToken) : null;
    if (!claims || claims.aud !== projectId || typeof claims.sub !== 'string') return 'INVALID_ID_TOKEN';
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds()) return 'INVALID_ID_TOKEN';
    const account = accounts.get(claims.sub);
    if (!account) return 'USER_NOT_FOUND';
    if (account.disabled) return 'USER_DISABLED';
    if (typeof claims.auth_time !== 'number' || claims.auth_time < account.validSince) return 'TOKEN_EXPIRED';
    return account;
  };

  const signInWithIdp = (response: ServerResponse, body: Record<string, unknown>) => {
    if (typeof body.requestUri !== 'string' || !body.requestUri) return error(response, 400, 'MISSING_REQUEST_URI');
    if (typeof body.postBody !== 'string') return error(response, 400, 'INVALID_IDP_RESPONSE : Missing postBody');
    const post = new URLSearchParams(body.postBody);
    if (post.get('providerId') !== 'google.com') return error(response, 400, `INVALID_PROVIDER_ID : Provider Id is not supported.`);
    // The emulator accepts a Google ID token's claims as JSON, or the same claims in an unsigned JWT.
    const claims = googleTokenClaims(post.get('id_token') ?? '');
    if (!claims || typeof claims.sub !== 'string' || !claims.sub) return error(response, 400, 'INVALID_IDP_RESPONSE : Unable to parse Google id_token');
    const sub = claims.sub;
    let account = [...accounts.values()].find((candidate) => candidate.googleId === sub);
    const isNewUser = !account;
    if (!account) {
      if (typeof claims.email !== 'string') return error(response, 400, 'INVALID_IDP_RESPONSE : Google id_token has no email');
      const createdAt = nowSeconds();
      account = {
        localId: randomBytes(14).toString('hex'),
        email: claims.email,
        emailVerified: claims.email_verified === true,
        ...(typeof claims.name === 'string' ? { displayName: claims.name } : {}),
        googleId: sub,
        disabled: false,
        validSince: createdAt,
        createdAt,
      };
      accounts.set(account.localId, account);
    }
    if (account.disabled) return error(response, 400, 'USER_DISABLED');
    const authTime = nowSeconds();
    const refreshToken = randomBytes(32).toString('base64url');
    refreshGrants.set(refreshToken, { localId: account.localId, authTime });
    json(response, 200, {
      kind: 'identitytoolkit#VerifyAssertionResponse',
      federatedId: `https://accounts.google.com/${sub}`,
      providerId: 'google.com',
      localId: account.localId,
      email: account.email,
      emailVerified: account.emailVerified,
      ...(account.displayName ? { displayName: account.displayName, fullName: account.displayName } : {}),
      rawUserInfo: JSON.stringify(claims),
      isNewUser,
      idToken: mint(account, authTime),
      refreshToken,
      expiresIn: String(ID_TOKEN_SECONDS),
    });
  };

  const refresh = (response: ServerResponse, body: string, contentType: string | undefined) => {
    // securetoken takes the grant as a form (what the SDK sends) or as JSON.
    const fields = contentType?.startsWith('application/json') ? jsonRecord(body) : Object.fromEntries(new URLSearchParams(body));
    const form = new URLSearchParams(Object.entries(fields ?? {}).map(([key, value]) => [key, String(value)]));
    if (form.get('grant_type') !== 'refresh_token') return error(response, 400, 'INVALID_GRANT_TYPE');
    const token = form.get('refresh_token');
    if (!token) return error(response, 400, 'MISSING_REFRESH_TOKEN');
    const grant = refreshGrants.get(token);
    if (!grant) return error(response, 400, 'INVALID_REFRESH_TOKEN');
    const account = accounts.get(grant.localId);
    if (!account) return error(response, 400, 'USER_NOT_FOUND');
    if (account.disabled) return error(response, 400, 'USER_DISABLED');
    if (grant.authTime < account.validSince) return error(response, 400, 'TOKEN_EXPIRED');
    const idToken = mint(account, grant.authTime);
    json(response, 200, {
      access_token: idToken,
      expires_in: String(ID_TOKEN_SECONDS),
      token_type: 'Bearer',
      refresh_token: token,
      id_token: idToken,
      user_id: account.localId,
      project_id: projectId,
    });
  };

  const handle = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const path = url.pathname;
    requests.push(`${request.method} ${path}`);
    if (path === adminLookupPath) return adminLookup(request, response, body);
    const clientPaths = [
      '/identitytoolkit.googleapis.com/v1/accounts:signInWithIdp',
      '/identitytoolkit.googleapis.com/v1/accounts:lookup',
      '/securetoken.googleapis.com/v1/token',
    ];
    if (!clientPaths.includes(path)) return error(response, 404, 'Not Found', 'NOT_FOUND');
    // The emulator answers browsers from any origin, preflights included.
    response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
    response.setHeader('vary', 'Origin');
    if (request.method === 'OPTIONS') {
      return response
        .writeHead(204, {
          'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE',
          'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '',
        })
        .end();
    }
    if (request.method !== 'POST') return error(response, 405, 'Method Not Allowed');
    if (url.searchParams.get('key') !== apiKey) {
      return error(response, 400, 'API key not valid. Please pass a valid API key.');
    }
    if (path.startsWith('/securetoken.googleapis.com/')) return refresh(response, body, request.headers['content-type']);
    const parsed = jsonRecord(body);
    if (!parsed) return error(response, 400, 'Invalid JSON payload received.');
    if (path.endsWith(':signInWithIdp')) return signInWithIdp(response, parsed);
    const account = accountOfIdToken(parsed.idToken);
    if (typeof account === 'string') return error(response, 400, account);
    json(response, 200, { kind: 'identitytoolkit#GetAccountInfoResponse', users: [userInfo(account)] });
  };

  const adminLookup = (request: IncomingMessage, response: ServerResponse, body: string) => {
    if (request.method !== 'POST') return error(response, 405, 'Method Not Allowed');
    // The emulator's admin credential; the real service wants an OAuth access token.
    if (request.headers.authorization !== 'Bearer owner') {
      return error(response, 401, 'Request is missing required authentication credential.', 'UNAUTHENTICATED');
    }
    const lookup = jsonRecord(body);
    if (!lookup) return error(response, 400, 'Invalid JSON payload received.');
    const ids = Array.isArray(lookup.localId) ? lookup.localId : [];
    const emails = Array.isArray(lookup.email) ? lookup.email : [];
    if (ids.length === 0 && emails.length === 0) return error(response, 400, 'MISSING_LOCAL_ID');
    const found = [...accounts.values()].filter((account) => ids.includes(account.localId) || emails.includes(account.email));
    // The real service leaves `users` out when nothing matched.
    json(response, 200, { kind: 'identitytoolkit#GetAccountInfoResponse', ...(found.length ? { users: found.map(userInfo) } : {}) });
  };

  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => handle(request, response, body));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const account = (uid: string) => {
    const found = accounts.get(uid);
    if (!found) throw new Error(`no fake Firebase account ${uid}`);
    return found;
  };
  return {
    host: `127.0.0.1:${port}`,
    apiKey,
    requests,
    addAccount(added: { localId: string; email: string; displayName?: string; emailVerified?: boolean }) {
      const createdAt = nowSeconds();
      accounts.set(added.localId, { emailVerified: true, ...added, googleId: added.localId, disabled: false, validSince: createdAt, createdAt });
    },
    disableAccount(uid: string) {
      account(uid).disabled = true;
    },
    /** What auth.revokeRefreshTokens(uid) does: tokens authenticated before now stop being valid. */
    revokeTokens(uid: string) {
      account(uid).validSince = nowSeconds();
    },
    /** An unsigned ID token as the emulator issues them; the options forge what a real one would carry. */
    idToken: (claims: IdTokenClaims) => mintIdToken(projectId, claims),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The emulator takes a Google ID token's claims as JSON, or the same claims in an unsigned JWT. */
function googleTokenClaims(token: string): Record<string, unknown> | null {
  return jsonRecord(token) ?? decodeUnsignedToken(token);
}

function jsonRecord(body: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** An account as accounts:lookup returns it: times are strings, validSince in seconds. */
function userInfo(account: FakeAccount) {
  return {
    localId: account.localId,
    email: account.email,
    emailVerified: account.emailVerified,
    ...(account.displayName ? { displayName: account.displayName } : {}),
    providerUserInfo: [{ providerId: 'google.com', rawId: account.googleId, federatedId: account.googleId, email: account.email }],
    validSince: String(account.validSince),
    ...(account.disabled ? { disabled: true } : {}),
    createdAt: String(account.createdAt * 1000),
    lastLoginAt: String(account.createdAt * 1000),
  };
}
