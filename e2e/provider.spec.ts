import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SCREENSHOTS, signInWithForm } from '../test/e2e-helpers.js';

test('the provider sees the practice, cancels an appointment, exports it and manages API keys', async ({ page }) => {
  await page.goto('/sign-in');
  await signInWithForm(page, 'provider@example.com');
  // The provider starts at the practice's dashboard, not on the clients' booking page.
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('region', { name: 'Needs an outcome' })).toBeVisible();
  await page.getByRole('link', { name: 'Book' }).click();
  await page.getByRole('link', { name: 'Practice' }).click();
  await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
  await expect(page.getByText('Appointments, past 8 and next 4 weeks')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Next 7 days' })).toBeVisible();
  // The demo's two past sessions wait for an outcome; recording one asks first and can be changed.
  const outcomes = page.getByRole('region', { name: 'Needs an outcome' });
  await expect(outcomes.getByRole('listitem')).toHaveCount(2);
  await outcomes
    .getByRole('button', { name: /^Mark no-show: Alex Martin/ })
    .first()
    .click();
  await expect(outcomes.getByText('Mark as a no-show?')).toBeVisible();
  await outcomes.getByRole('button', { name: 'Confirm' }).click();
  await expect(outcomes.getByText('Marked as a no-show.')).toBeVisible();
  await outcomes.getByRole('button', { name: /^Change to completed: Alex Martin/ }).click();
  await expect(outcomes.getByText('Marked as completed.')).toBeVisible();
  await expect(page.getByText(/^\d+ (hour|day)s?$/).first()).toBeVisible();
  await expect(page.getByText(/ booked(, \d+ cancelled)?$/).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-dashboard.png`, fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  // The demo client's appointments, seeded at start.
  await page.getByRole('tab', { name: 'Appointments' }).click();
  await page.getByLabel('Search notes').fill('Luxembourg office');
  const cancel = page.getByRole('button', { name: /^Cancel: Alex Martin/ });
  await expect(cancel).toHaveCount(1);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-appointments.png`, fullPage: true });
  await cancel.click();
  await page.getByLabel('Reason for the client').fill('Conference abroad');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(page.getByText('Cancelled; the client is notified by e-mail.')).toBeVisible();
  await expect(page.getByText('Conference abroad')).toBeVisible();

  await page.getByRole('tab', { name: 'Exports & API keys' }).click();
  await page.getByLabel('To').fill(new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv).toContain('alex@example.com');
  expect(csv).toContain('Conference abroad');

  await page.getByLabel('Name').fill('Website widget');
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByText('Copy this key now; it will not be shown again.')).toBeVisible();
  const secret = await page.locator('[role="status"] code').textContent();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy key' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  const check = await page.request.post('/graphql', { headers: { authorization: `ApiKey ${secret}` }, data: { query: '{ availability { slotMinutes } }' } });
  expect(await check.json()).toEqual({ data: { availability: { slotMinutes: 30 } } });
  await page.screenshot({ path: `${SCREENSHOTS}/admin-tools.png`, fullPage: true });
  await page.getByRole('button', { name: 'Revoke Website widget' }).click();
  const confirmRevoke = page.getByRole('group', { name: 'Revoke Website widget?' });
  await confirmRevoke.getByRole('button', { name: 'Keep' }).click();
  await expect(page.getByText(/revoked$/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Revoke Website widget' }).click();
  await confirmRevoke.getByRole('button', { name: 'Revoke key' }).click();
  await expect(page.getByText(/revoked$/)).toBeVisible();
});

test('clients do not get into the practice', async ({ page }) => {
  await page.goto('/sign-in');
  await signInWithForm(page, 'curious.client@example.com');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'Practice' })).toHaveCount(0);
  await page.goto('/admin');
  await expect(page.getByText('This area is for the consultant only.')).toBeVisible();
});

test('the provider opens Saturdays, previews and creates the slots, and takes a day off', async ({ page, request }) => {
  const weekdayOf = (start: string) => new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'Europe/Luxembourg' }).format(new Date(start));
  const slotsWithin = async (from: Date, to: Date) => {
    const answer = await request.post('/graphql', {
      data: {
        query: 'query($f: DateTime!, $t: DateTime!) { availableSlots(from: $f, to: $t) { startTime } }',
        variables: { f: from.toISOString(), t: to.toISOString() },
      },
    });
    return ((await answer.json()) as { data: { availableSlots: { startTime: string }[] } }).data.availableSlots.map((slot) => slot.startTime);
  };
  const nextFourWeeks = () => slotsWithin(new Date(), new Date(Date.now() + 27 * 86_400_000));
  await page.goto('/sign-in');
  await signInWithForm(page, 'provider@example.com');
  await page.goto('/admin');
  await page.getByRole('tab', { name: 'Availability' }).click();
  expect((await nextFourWeeks()).some((start) => weekdayOf(start) === 'Saturday')).toBe(false);

  // New hours open slots on the dates already generated (the demo data's four weeks), after a review.
  await page.getByRole('button', { name: 'Add hours on Saturday' }).click();
  await page.getByLabel('Saturday end').fill('11:00');
  await page.getByRole('button', { name: 'Review and save' }).click();
  const review = page.getByRole('region', { name: 'Effect on existing slots' });
  await expect(review).toContainText(/^\d+ slots will open\./);
  const opening = Number((await review.textContent())!.match(/^(\d+)/)![1]);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-hours-review.png`, fullPage: true });
  await review.getByRole('button', { name: 'Save hours' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Working hours saved.' })).toHaveText(`Working hours saved. ${opening} slots opened.`);
  expect((await nextFourWeeks()).filter((start) => weekdayOf(start) === 'Saturday')).toHaveLength(opening);

  // Generating further ahead.
  await page
    .getByRole('region', { name: 'Open slots' })
    .getByLabel('To', { exact: true })
    .fill(new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('status').filter({ hasText: 'new slots' });
  await expect(preview).toContainText(/\d+ new slots/);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-availability.png`, fullPage: true });
  await preview.getByRole('button', { name: /^Create \d+ slots$/ }).click();
  await expect(page.getByText(/slots created, \d+ skipped/)).toBeVisible();

  // A day off closes that day's free slots at once, after a review with the count.
  const dayOff = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
  const dayBounds = [new Date(`${dayOff}T00:00:00Z`), new Date(`${dayOff}T23:59:59Z`)] as const;
  const before = (await slotsWithin(...dayBounds)).length;
  await page.getByLabel('Date', { exact: true }).fill(dayOff);
  await page.getByRole('button', { name: 'Review day off' }).click();
  await expect(review).toContainText(before > 0 ? `${before} slot${before === 1 ? '' : 's'} will close` : 'No existing slot changes.');
  await review.getByRole('button', { name: 'Mark as day off' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Day off on' })).toContainText(before > 0 ? `${before} slot` : 'No existing slot changed.');
  await expect(page.getByText(/: day off$/)).toBeVisible();
  expect(await slotsWithin(...dayBounds)).toEqual([]);
});

test('the provider edits the public profile, and clients see it', async ({ page, browser }) => {
  await page.goto('/sign-in');
  await signInWithForm(page, 'provider@example.com');
  await page.goto('/settings');
  await page.getByLabel('Phone').fill('not a phone');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Enter a phone number such as +352 621 123 456.')).toBeVisible();
  await page.getByLabel('Phone').fill('+352 621 123 456');
  await page.getByLabel('Headline').fill('Strategy for growing firms');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/provider-settings.png`, fullPage: true });

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/');
  await expect(visitor.getByRole('contentinfo')).toContainText('Strategy for growing firms');
  await expect(visitor.getByRole('contentinfo')).toContainText('+352 621 123 456');
});

test('the provider blocks and frees a slot from the practice calendar', async ({ page }) => {
  await page.goto('/sign-in');
  await signInWithForm(page, 'provider@example.com');
  await page.goto('/admin');
  await page.getByRole('tab', { name: 'Calendar' }).click();
  let free = page.getByRole('button', { name: /^Free; activate to block it: / }).first();
  await expect(free).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-calendar.png`, fullPage: true });
  const label = (await free.getAttribute('aria-label'))!.replace('Free; activate to block it: ', '');
  await free.click();
  const blocked = page.getByRole('button', { name: `Blocked; activate to free it: ${label}` });
  await expect(blocked).toBeVisible();
  await blocked.click();
  free = page.getByRole('button', { name: `Free; activate to block it: ${label}` });
  await expect(free).toBeVisible();
});

test('the practice calendar shows bookings at any hour in 24-hour time, and a booked slot opens its details', async ({ page, request }) => {
  const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const answer = await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: token } : {} });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each call reads its own shape
    return ((await answer.json()) as { data: Record<string, any> }).data;
  };
  const signIn = async (email: string, name: string) =>
    `Bearer ${(await call('mutation($e: String!, $n: String) { devSignIn(email: $e, name: $n) { token } }', { e: email, n: name })).devSignIn.token}`;
  const provider = await signIn('provider@example.com', 'Claire Weber');
  const client = await signIn('early.bird@example.com', 'Early Bird');
  // Tomorrow in Luxembourg opens at 05:30 only: long before the grid's usual hours.
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Luxembourg' }).format(new Date(Date.now() + 86_400_000));
  const override = await call(
    'mutation($input: SetDateOverrideInput!) { setDateOverride(input: $input) { __typename } }',
    { input: { date: tomorrow, hours: [{ start: '05:30', end: '06:30' }] } },
    provider,
  );
  expect(override.setDateOverride.__typename).toBe('DateOverrideSuccess');
  const slots = await call('query($f: DateTime!, $t: DateTime!) { availableSlots(from: $f, to: $t) { id startTime } }', {
    f: new Date(`${tomorrow}T00:00:00Z`).toISOString(),
    t: new Date(`${tomorrow}T23:59:59Z`).toISOString(),
  });
  expect(slots.availableSlots).toHaveLength(2);
  await call(
    'mutation($id: ID!) { bookAppointment(input: { slotId: $id, notes: "Before the school run" }) { __typename } }',
    { id: slots.availableSlots[1].id },
    client,
  );

  await page.goto('/sign-in');
  await signInWithForm(page, 'provider@example.com');
  await page.goto('/admin');
  await page.getByRole('tab', { name: 'Calendar' }).click();
  const booked = page.getByRole('button', { name: /^Booked by Early Bird; activate for details: .* 06:00 to 06:30/ });
  if (!(await booked.isVisible().catch(() => false))) {
    await expect(page.getByRole('button', { name: /^Free; activate to block it/ }).first()).toBeVisible();
    if (!(await booked.isVisible())) await page.getByRole('button', { name: /next/i }).first().click();
  }
  await expect(booked).toBeVisible();
  await expect(booked).toContainText('06:00');
  await expect(page.getByText(/\b(AM|PM)\b|\d:\d\d\s*-/)).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-calendar-early.png`, fullPage: true });
  await booked.click();
  const details = page.getByRole('dialog', { name: 'Booked by Early Bird' });
  await expect(details).toContainText('early.bird@example.com');
  await expect(details).toContainText('Before the school run');
  await expect(details.getByRole('link', { name: 'Open the appointment' })).toBeVisible();
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(details).toBeHidden();

  // On a phone the week is a list, as wide as the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: /^Booked by Early Bird/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-calendar-phone.png`, fullPage: true });
  // The specs after this one share the server: tomorrow gets its weekly hours back.
  const removed = await call('mutation($d: String!) { removeDateOverride(date: $d) { __typename } }', { d: tomorrow }, provider);
  expect(removed.removeDateOverride.__typename).toBe('DateOverrideSuccess');
});
