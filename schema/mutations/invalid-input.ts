import type { FieldProblem } from '../../api/domain/field-problem.js';
import { ValidationError } from '../error-classes.js';

/** A use case's field problems as a ValidationError, with paths from the argument ("input.hours.0.start"). */
export function invalidInput(fields: readonly FieldProblem[], argument = 'input'): ValidationError {
  return new ValidationError(fields.map(({ path, message }) => ({ path: `${argument}.${path}`, message })));
}
