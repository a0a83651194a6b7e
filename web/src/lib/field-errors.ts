import { useCallback, useState } from 'react';
import type { CombinedError } from 'urql';

/** One problem of a ValidationError: `path` names the argument and the field ("input.weeklyHours.2.end"). */
export type FieldProblem = { readonly path: string; readonly message: string };

/** Messages by field name; "form" holds what belongs to no field on screen. */
export type FieldErrors<Name extends string> = Partial<Record<Name | 'form', string>>;

/** The path's segments after the argument: "input.hours.0.start" is ["hours", "0", "start"], "email" is ["email"]. */
export const pathSegments = (path: string): string[] => {
  const segments = path.split('.');
  return segments.length > 1 && segments[0] === 'input' ? segments.slice(1) : segments;
};

/**
 * A ValidationError's problems by the field that shows them. `nameOf` picks the field from the path's segments
 * (by default the first); a name `isField` does not know goes to "form". The first message of a field wins.
 */
export function fieldErrors<Name extends string>(
  problems: readonly FieldProblem[],
  isField: (name: string) => name is Name,
  nameOf: (segments: string[]) => string = (segments) => segments[0] ?? '',
): FieldErrors<Name> {
  const errors: FieldErrors<Name> = {};
  for (const problem of problems) {
    const name = nameOf(pathSegments(problem.path));
    const key: Name | 'form' = isField(name) ? name : 'form';
    errors[key] ??= problem.message;
  }
  return errors;
}

/** A type guard for a fixed list of field names. */
export const oneOf =
  <Name extends string>(names: readonly Name[]) =>
  (name: string): name is Name =>
    (names as readonly string[]).includes(name);

/** The field problems a query's ValidationError carries in its extensions, if it is one. */
export function problemsOf(error: CombinedError | undefined): FieldProblem[] | null {
  const fields = error?.graphQLErrors[0]?.extensions.fields;
  return Array.isArray(fields) ? (fields as FieldProblem[]) : null;
}

/** What is wrong with a whole-number field's text, or null: a cleared number is refused, never sent as 0. */
export const wholeNumberProblem = (text: string): string | null =>
  text.trim() === '' ? 'Required' : Number.isInteger(Number(text)) ? null : 'Enter a whole number.';

/**
 * A form's field errors: `error(name)` for a Field's error slot, `edited(name)` clears that field's message
 * (and the form's) as the person changes it.
 */
export function useFieldErrors<Name extends string>() {
  const [errors, setErrors] = useState<FieldErrors<Name>>({});
  const edited = useCallback((name: Name) => {
    setErrors((current) => {
      if (current[name] === undefined && current.form === undefined) return current;
      const next = { ...current };
      delete next[name];
      delete next.form;
      return next;
    });
  }, []);
  return { errors, setErrors, edited, error: (name: Name | 'form') => errors[name] ?? null };
}
