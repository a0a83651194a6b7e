import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Firebase Auth emulator, enough for firebase-admin's verifyIdToken:
 * with FIREBASE_AUTH_EMULATOR_HOST pointing here the SDK accepts unsigned tokens and
 * looks the account up at accounts:lookup.
 */
export async function startFakeFirebase(projectId: string) {
  const accounts = new Map<string, { localId: string; email: string; displayName?: string; disabled?: boolean }>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url?.includes(`/projects/${projectId}/accounts:lookup`)) {
        const { localId = [] } = JSON.parse(body || '{}') as { localId?: string[] };
        const users = localId.map((id) => accounts.get(id)).filter(Boolean);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(users.length ? { users } : {}));
        return;
      }
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 404, message: 'not faked' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    addAccount(account: { localId: string; email: string; displayName?: string }) {
      accounts.set(account.localId, account);
    },
    /** An unsigned ID token as the emulator issues them. */
    idToken(claims: { uid: string; email?: string; name?: string; expiresInSeconds?: number; audience?: string }): string {
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        iss: `https://securetoken.google.com/${claims.audience ?? projectId}`,
        aud: claims.audience ?? projectId,
        auth_time: now,
        user_id: claims.uid,
        sub: claims.uid,
        iat: now - 10,
        exp: now + (claims.expiresInSeconds ?? 3600),
        email: claims.email,
        email_verified: true,
        name: claims.name,
        firebase: { identities: {}, sign_in_provider: 'google.com' },
      };
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
