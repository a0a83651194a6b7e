/** An e-mail address from a verified sign-in, as the sign-in rules see it. */
export interface EmailAddress {
  /** The stored and compared form: NFKC, trimmed, lower-case. */
  email: string;
  /** Written in ASCII only. Only plain addresses may match PROVIDER_EMAILS or claim an existing user. */
  plain: boolean;
  /**
   * Non-ASCII characters that fold into a plain address (U+212A KELVIN SIGN into "k",
   * full-width letters into ASCII): it would stand for someone else's address, so it is refused.
   */
  lookalike: boolean;
}

const NON_ASCII = /\P{ASCII}/u;

export function readEmailAddress(raw: string): EmailAddress {
  const trimmed = raw.trim();
  const email = trimmed.normalize('NFKC').toLowerCase();
  const plain = !NON_ASCII.test(trimmed);
  return { email, plain, lookalike: !plain && !NON_ASCII.test(email) };
}

/** PROVIDER_EMAILS holds lower-case ASCII addresses; an address written otherwise never matches. */
export function isProviderEmail(address: EmailAddress, providerEmails: readonly string[]): boolean {
  return address.plain && providerEmails.includes(address.email);
}
