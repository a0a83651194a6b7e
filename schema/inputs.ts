import { z } from 'zod';

// Shared zod rules for mutation input; messages are shown to people as they are.
export const recordId = (what: string) => z.uuid({ message: `${what} is not a valid id.` });

export const optionalText = (what: string, max: number) =>
  z
    .string()
    .max(max, { message: `${what} can be at most ${max} characters long.` })
    .nullish()
    .transform((text) => (text?.trim() ? text.trim() : null));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
