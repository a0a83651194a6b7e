import { expect, test, type WebSocketRoute } from '@playwright/test';
import { freeSlots, monthGrid, SCREENSHOTS, showSlot, signInWithForm } from '../test/e2e-helpers.js';

test('a slot booked in one browser disappears at once from another, without a reload', async ({ browser, request }) => {
  const [slot] = await freeSlots(request, 1, 15);
  const watcher = await (await browser.newContext()).newPage();
  const booker = await (await browser.newContext()).newPage();

  await watcher.goto('/');
  const watched = await showSlot(watcher, slot!.id);
  // The day's count in the month follows too.
  const watchedDay = monthGrid(watcher).locator('td[aria-selected="true"] button');
  const before = Number(/, (\d+) times? available$/.exec((await watchedDay.getAttribute('aria-label')) ?? '')?.[1]);
  expect(before).toBeGreaterThan(0);

  await booker.goto('/sign-in');
  await signInWithForm(booker, 'fast@example.com');
  await booker.goto('/');
  await (await showSlot(booker, slot!.id)).click();
  await booker.getByRole('button', { name: 'Book this time' }).click();
  await expect(booker.getByRole('heading', { name: "You're booked" })).toBeVisible();

  await expect(watched).toHaveCount(0, { timeout: 3_000 });
  await expect(watchedDay).toHaveAccessibleName(before === 1 ? /, no times available$/ : new RegExp(`, ${before - 1} times? available$`));
  await watcher.screenshot({ path: `${SCREENSHOTS}/live-after-booking.png`, fullPage: true });
});

test('a person confirming a slot that someone else takes is told and offered the nearest free times', async ({ browser, request }) => {
  const [slot] = await freeSlots(request, 1, 18);
  const slow = await (await browser.newContext()).newPage();
  const fast = await (await browser.newContext()).newPage();
  for (const [page, email] of [
    [slow, 'slow@example.com'],
    [fast, 'quick@example.com'],
  ] as const) {
    await page.goto('/sign-in');
    await signInWithForm(page, email);
    await page.goto('/');
  }
  await (await showSlot(slow, slot!.id)).click();
  await expect(slow.getByRole('dialog')).toBeVisible();
  await slow
    .getByRole('dialog')
    .getByLabel(/What would you like to discuss/)
    .fill('Tax questions for 2027');

  await (await showSlot(fast, slot!.id)).click();
  await fast.getByRole('button', { name: 'Book this time' }).click();
  await expect(fast.getByRole('heading', { name: "You're booked" })).toBeVisible();

  const dialog = slow.getByRole('dialog');
  await expect(dialog.getByText('Someone else just booked this time.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Choose / })).toHaveCount(3);
  await slow.screenshot({ path: `${SCREENSHOTS}/taken-during-confirmation.png` });
  await dialog
    .getByRole('button', { name: /^Choose / })
    .first()
    .click();
  // The notes typed for the taken time carry over to the one chosen instead.
  await expect(dialog.getByLabel(/What would you like to discuss/)).toHaveValue('Tax questions for 2027');
  await dialog.getByRole('button', { name: 'Book this time' }).click();
  await expect(slow.getByRole('heading', { name: "You're booked" })).toBeVisible();
});

test('after the live connection drops and comes back, the calendar catches up on what it missed', async ({ page, request }) => {
  const [slot] = await freeSlots(request, 1, 24);
  let socket: WebSocketRoute | null = null;
  await page.routeWebSocket(/\/graphql$/, (route) => {
    route.connectToServer();
    socket = route;
  });
  await page.goto('/');
  const watched = await showSlot(page, slot!.id);
  await expect.poll(() => socket !== null).toBe(true);

  // The connection drops; meanwhile someone books the slot, and that event is lost.
  await (socket as WebSocketRoute | null)!.close({ code: 4000, reason: 'network lost' });
  const signIn = await request.post('/graphql', { data: { query: 'mutation { devSignIn(email: "offline@example.com") { token } }' } });
  const { data } = (await signIn.json()) as { data: { devSignIn: { token: string } } };
  const booked = await request.post('/graphql', {
    headers: { authorization: `Bearer ${data.devSignIn.token}` },
    data: { query: 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename } }', variables: { id: slot!.id } },
  });
  expect(((await booked.json()) as { data: { bookAppointment: { __typename: string } } }).data.bookAppointment.__typename).toBe('BookAppointmentSuccess');

  // graphql-ws reconnects by itself; the app then reloads the week.
  await expect(watched).toHaveCount(0, { timeout: 10_000 });
});
