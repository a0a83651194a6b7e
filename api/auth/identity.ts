/** Who a verified token says the caller is, whatever issued the token. */
export interface Identity {
  uid: string;
  email: string;
  name: string | null;
  /** When the token stops being valid (its exp claim), in milliseconds since the epoch. */
  expiresAt: number;
}

export interface TokenVerifier {
  verify(token: string): Promise<Identity>;
}

/** A credential that was refused; the message tells the caller why (UNAUTHENTICATED problems). */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}
