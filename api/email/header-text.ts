// C0 and C1 controls (CR and LF among them), DEL, and the Unicode line and paragraph separators.
const BREAKS_AND_CONTROLS = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * Text fit for one e-mail header line: every run of line breaks or control characters becomes one
 * space, so that a name stored before input was checked cannot start a header of its own.
 */
export function headerText(text: string): string {
  return text.replace(BREAKS_AND_CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}
