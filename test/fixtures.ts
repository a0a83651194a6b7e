import { formatInTimeZone } from 'date-fns-tz';
import { expect } from 'vitest';
import { graphql } from './graphql-client.js';

export const PROVIDER_EMAIL = 'provider@example.com';

export async function signIn(graphqlUrl: string, email: string, name?: string): Promise<string> {
  const response = await graphql<{ devSignIn: { token: string } }>(
    graphqlUrl,
    'mutation($email: String!, $name: String) { devSignIn(email: $email, name: $name) { token user { id } } }',
    { email, name },
  );
  expect(response.errors).toBeUndefined();
  return `Bearer ${response.data!.devSignIn.token}`;
}

/** The local date in Luxembourg `days` after `now` (the test server's clock), as "YYYY-MM-DD". */
export function luxembourgDate(days: number, now: Date): string {
  return formatInTimeZone(new Date(now.getTime() + days * 86_400_000), 'Europe/Luxembourg', 'yyyy-MM-dd');
}

export const WEEKDAYS_NINE_TO_FIVE = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, start: '09:00', end: '12:00' },
  { weekday, start: '13:00', end: '17:00' },
]);

export const EVERY_DAY_NINE_TO_FIVE = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, start: '09:00', end: '12:00' },
  { weekday, start: '13:00', end: '17:00' },
]);

/** Signs in the provider, sets weekly hours and generates slots for the given local dates. */
export async function prepareSlots(graphqlUrl: string, range: { from: string; to: string }, weeklyHours = EVERY_DAY_NINE_TO_FIVE): Promise<string> {
  const provider = await signIn(graphqlUrl, PROVIDER_EMAIL, 'Claire Weber');
  const hours = await graphql(
    graphqlUrl,
    `
      mutation ($input: UpdateAvailabilityInput!) {
        updateAvailability(input: $input) {
          __typename
          ... on UpdateAvailabilitySuccess {
            ok
          }
          ... on Error {
            message
          }
        }
      }
    `,
    { input: { weeklyHours, slotMinutes: 30, timezone: 'Europe/Luxembourg' } },
    provider,
  );
  expect(hours.data?.updateAvailability).toEqual({ __typename: 'UpdateAvailabilitySuccess', ok: true });
  const generated = await graphql(
    graphqlUrl,
    `
      mutation ($input: GenerateSlotsInput!) {
        generateSlots(input: $input) {
          __typename
          ... on GenerateSlotsSuccess {
            created
            skipped
          }
          ... on Error {
            message
          }
        }
      }
    `,
    { input: range },
    provider,
  );
  expect(generated.data?.generateSlots.__typename).toBe('GenerateSlotsSuccess');
  return provider;
}

export async function freeSlots(graphqlUrl: string, from: Date, to: Date) {
  const response = await graphql<{ availableSlots: { id: string; startTime: string; endTime: string; isAvailable: boolean }[] }>(
    graphqlUrl,
    'query($from: DateTime!, $to: DateTime!) { availableSlots(from: $from, to: $to) { id startTime endTime isAvailable } }',
    { from: from.toISOString(), to: to.toISOString() },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.availableSlots;
}
