import type { AppError } from '../error-classes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the errors plugin's own constraint
export type ErrorClass = new (...args: any[]) => AppError;

/**
 * The errors-plugin options for a mutation named e.g. "BookAppointment": a union
 * BookAppointmentResult of BookAppointmentSuccess { <dataField> } and the listed errors.
 */
export function mutationResult<const Types extends ErrorClass[]>(name: string, dataField: string, types: Types) {
  return {
    types,
    union: { name: `${name}Result` },
    result: { name: `${name}Success` },
    dataField: { name: dataField },
  };
}

/** The errors-plugin options for a mutation whose success type is declared by hand. */
export function mutationUnion<const Types extends ErrorClass[]>(name: string, types: Types) {
  return { types, union: { name: `${name}Result` }, directResult: true as const };
}
