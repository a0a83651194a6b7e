import { createSign, randomBytes } from 'node:crypto';
import { createServer } from 'node:https';
import type { TestPki } from './test-pki.js';

export const GOOGLE_CERTS_HOST = 'www.googleapis.com';
const CERTS_PATH = '/robot/v1/metadata/x509/securetoken@system.gserviceaccount.com';

export interface SigningKey {
  kid: string;
  privateKey: string;
  certificate: string;
}

/**
 * Google's endpoint for the certificates that sign Firebase ID tokens, as firebase-admin fetches
 * it: GET over HTTPS to www.googleapis.com, answered with JSON { kid: PEM certificate } and a
 * Cache-Control max-age that the SDK caches for. Anything else answers 404 as Google does.
 * It listens on port 443 of a loopback address; the API processes reach it through an
 * /etc/hosts of their own that maps www.googleapis.com there, trusting the test CA.
 */
export async function startFakeGoogleCerts(pki: TestPki, address: string, keys: SigningKey[]) {
  const requests: string[] = [];
  const server = createServer({ key: pki.serverKey, cert: pki.serverCert }, (request, response) => {
    requests.push(`${request.method} ${request.headers.host} ${request.url}`);
    if (request.method !== 'GET' || request.headers.host !== GOOGLE_CERTS_HOST || request.url !== CERTS_PATH) {
      response.writeHead(404, { 'content-type': 'text/html; charset=UTF-8' }).end('<!DOCTYPE html><title>Error 404 (Not Found)!!1</title>');
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'application/json; charset=UTF-8',
        'cache-control': 'public, max-age=21600, must-revalidate, no-transform',
        expires: new Date(Date.now() + 21_600_000).toUTCString(),
      })
      .end(JSON.stringify(Object.fromEntries(keys.map((key) => [key.kid, key.certificate]))));
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(443, address, resolve));
  return {
    requests,
    /** Requests that fetched the certificates. */
    fetches: () => requests.filter((line) => line.endsWith(CERTS_PATH)).length,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A Firebase ID token as Google issues it after a Google sign-in: RS256, signed by the key whose
 * certificate the fake serves, with the claims firebase-admin checks.
 */
export function mintIdToken(key: SigningKey, projectId: string, user: { uid: string; email: string; name?: string }): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', kid: key.kid, typ: 'JWT' };
  const payload = {
    iss: `https://securetoken.google.com/${projectId}`,
    aud: projectId,
    auth_time: now - 5,
    user_id: user.uid,
    sub: user.uid,
    iat: now,
    exp: now + 3600,
    email: user.email,
    email_verified: true,
    ...(user.name ? { name: user.name } : {}),
    firebase: { identities: { 'google.com': [randomBytes(10).toString('hex')], email: [user.email] }, sign_in_provider: 'google.com' },
  };
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(key.privateKey).toString('base64url');
  return `${unsigned}.${signature}`;
}
