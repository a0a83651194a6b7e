/** Who a verified token says the caller is, whatever issued the token. */
export interface Identity {
  uid: string;
  email: string;
  name: string | null;
}

export interface TokenVerifier {
  verify(token: string): Promise<Identity>;
}

export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}
