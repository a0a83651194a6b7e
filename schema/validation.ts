import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { ValidationError } from './error-classes.js';

const segmentName = (segment: PropertyKey | StandardSchemaV1.PathSegment) => String(typeof segment === 'object' ? segment.key : segment);

/**
 * Turns the validation plugin's failure into one field error per problem, each with the path
 * of the argument it concerns, e.g. "input.notes".
 */
export function validationFailure(failure: StandardSchemaV1.FailureResult): ValidationError {
  return new ValidationError(failure.issues.map((issue) => ({ path: (issue.path ?? []).map(segmentName).join('.'), message: issue.message })));
}
