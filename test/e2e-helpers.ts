import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const SCREENSHOTS = 'e2e/screenshots';

export async function signInWithForm(page: Page, email: string, name?: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  if (name) await page.getByLabel(/^Name/).fill(name);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Free slots from the API, soonest first (skipping the first `skip`). */
export async function freeSlots(request: APIRequestContext, count = 1, skip = 0): Promise<{ id: string; startTime: string }[]> {
  const response = await request.post('/graphql', {
    data: {
      query: 'query($f: DateTime!, $t: DateTime!) { availableSlots(from: $f, to: $t) { id startTime } }',
      variables: { f: new Date(Date.now() + 26 * 3_600_000).toISOString(), t: new Date(Date.now() + 28 * 86_400_000).toISOString() },
    },
  });
  const body = (await response.json()) as { data: { availableSlots: { id: string; startTime: string }[] } };
  return body.data.availableSlots.slice(skip, skip + count);
}

/** The booking page's month grid of days. */
export const monthGrid = (page: Page) => page.getByRole('grid', { name: /days with free times$/ });

/**
 * Opens the day that holds the slot (turning months as needed) and returns the slot's button. The test does not
 * need to know the zone the page shows: it tries each day that has free times.
 */
export async function showSlot(page: Page, slotId: string) {
  const slot = page.locator(`[data-slot="${slotId}"]`);
  const grid = monthGrid(page);
  for (let month = 0; month < 4; month++) {
    // Each month's free times load after the page turns.
    await expect(grid).toHaveAttribute('aria-busy', 'false');
    if (await slot.isVisible()) return slot;
    const days = grid.locator('button[aria-disabled="false"]');
    for (let index = 0, count = await days.count(); index < count; index++) {
      await days.nth(index).click();
      if (await slot.isVisible()) return slot;
    }
    await page.getByRole('button', { name: 'Next month' }).click();
  }
  await expect(slot).toBeVisible();
  return slot;
}

/** A client books a slot through the API (dev sign-in), as a second person would from their own browser. */
export async function bookAs(request: APIRequestContext, client: { email: string; name: string }, slotId: string, notes: string): Promise<string> {
  const signIn = await request.post('/graphql', {
    data: { query: 'mutation($e: String!, $n: String) { devSignIn(email: $e, name: $n) { token } }', variables: { e: client.email, n: client.name } },
  });
  const { token } = ((await signIn.json()) as { data: { devSignIn: { token: string } } }).data.devSignIn;
  const booked = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      query:
        'mutation($s: ID!, $n: String) { bookAppointment(input: { slotId: $s, notes: $n }) { __typename ... on BookAppointmentSuccess { appointment { id } } } }',
      variables: { s: slotId, n: notes },
    },
  });
  const result = ((await booked.json()) as { data: { bookAppointment: { __typename: string; appointment?: { id: string } } } }).data.bookAppointment;
  expect(result.__typename).toBe('BookAppointmentSuccess');
  return result.appointment!.id;
}
