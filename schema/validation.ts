import type { z } from 'zod';
import { ValidationError } from './error-classes.js';

/**
 * Parses mutation input with a zod schema, turning every problem into a field error
 * whose path starts at the argument name, e.g. "input.notes"; with a null root, `value` holds
 * the arguments themselves and paths are their names.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, root: string | null = 'input'): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      path: [...(root === null ? [] : [root]), ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}
