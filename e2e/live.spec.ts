import { expect, test } from '@playwright/test';
import { freeSlots, SCREENSHOTS, showSlot, signInWithForm } from '../api/testing/e2e-helpers.js';

test('a slot booked in one browser disappears at once from another, without a reload', async ({ browser, request }) => {
  const [slot] = await freeSlots(request, 1, 15);
  const watcher = await (await browser.newContext()).newPage();
  const booker = await (await browser.newContext()).newPage();

  await watcher.goto('/');
  const watched = await showSlot(watcher, slot!.id);

  await booker.goto('/sign-in');
  await signInWithForm(booker, 'fast@example.com');
  await booker.goto('/');
  await (await showSlot(booker, slot!.id)).click();
  await booker.getByRole('button', { name: 'Book this time' }).click();
  await expect(booker.getByRole('heading', { name: "You're booked" })).toBeVisible();

  await expect(watched).toHaveCount(0, { timeout: 3_000 });
  await watcher.screenshot({ path: `${SCREENSHOTS}/live-after-booking.png`, fullPage: true });
});

test('a person confirming a slot that someone else takes is told and offered the nearest free times', async ({ browser, request }) => {
  const [slot] = await freeSlots(request, 1, 18);
  const slow = await (await browser.newContext()).newPage();
  const fast = await (await browser.newContext()).newPage();
  for (const [page, email] of [[slow, 'slow@example.com'], [fast, 'quick@example.com']] as const) {
    await page.goto('/sign-in');
    await signInWithForm(page, email);
    await page.goto('/');
  }
  await (await showSlot(slow, slot!.id)).click();
  await expect(slow.getByRole('dialog')).toBeVisible();

  await (await showSlot(fast, slot!.id)).click();
  await fast.getByRole('button', { name: 'Book this time' }).click();
  await expect(fast.getByRole('heading', { name: "You're booked" })).toBeVisible();

  const dialog = slow.getByRole('dialog');
  await expect(dialog.getByText('Someone else just booked this time.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Choose / })).toHaveCount(3);
  await slow.screenshot({ path: `${SCREENSHOTS}/taken-during-confirmation.png` });
  await dialog.getByRole('button', { name: /^Choose / }).first().click();
  await dialog.getByRole('button', { name: 'Book this time' }).click();
  await expect(slow.getByRole('heading', { name: "You're booked" })).toBeVisible();
});
