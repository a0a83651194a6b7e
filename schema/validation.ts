import type { z } from 'zod';
import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { ValidationError } from './error-classes.js';

const segmentName = (segment: PropertyKey | StandardSchemaV1.PathSegment) =>
  String(typeof segment === 'object' ? segment.key : segment);

/**
 * Turns the validation plugin's failure into one field error per problem, each with the path
 * of the argument it concerns, e.g. "input.notes".
 */
export function validationFailure(failure: StandardSchemaV1.FailureResult): ValidationError {
  return new ValidationError(
    failure.issues.map((issue) => ({ path: (issue.path ?? []).map(segmentName).join('.'), message: issue.message })),
  );
}

/** Transitional: mutations not yet declaring `validate` on their inputs parse here. */
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
