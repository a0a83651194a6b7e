/**
 * The wait a Retry-After header asks for (RFC 9110 10.2.3: delay-seconds or an HTTP date), in
 * milliseconds from `now`; null when absent or unreadable.
 */
export function retryAfterMs(header: string | null | undefined, now: Date): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  // Every HTTP date form names a weekday or month; Date.parse alone would read "-5" as a year.
  const at = /[a-z]{3}/i.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
