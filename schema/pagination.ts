import { ValidationError } from './error-classes.js';

export const MAX_PAGE_SIZE = 100;

/** Refuses page sizes outside 0..100 instead of silently returning fewer rows. */
export function assertPageSize(first: number | null | undefined, last: number | null | undefined): void {
  for (const [name, size] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) {
      throw new ValidationError([{ path: name, message: `"${name}" must be between 0 and ${MAX_PAGE_SIZE}.` }]);
    }
  }
}
