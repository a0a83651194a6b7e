export interface IdTokenClaims {
  uid: string;
  email?: string;
  name?: string;
  expiresInSeconds?: number;
  audience?: string;
  emailVerified?: boolean;
  signInProvider?: string;
  authenticatedSecondsAgo?: number;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned Firebase ID token, as the Auth emulator issues them (firebase-admin accepts these only in emulator mode). */
export function mintIdToken(projectId: string, claims: IdTokenClaims): string {
  const now = Math.floor(Date.now() / 1000);
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
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}

/** The claims of an unsigned JWT, or null when it is not one. */
export function decodeUnsignedToken(token: string): Record<string, unknown> | null {
  const [header, payload, signature] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
