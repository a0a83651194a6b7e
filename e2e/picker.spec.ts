import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { freeSlots, monthGrid, SCREENSHOTS, showSlot, signInWithForm } from '../test/e2e-helpers.js';

const DAY_MS = 86_400_000;

async function call<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await request.post('/graphql', { headers: token ? { authorization: `Bearer ${token}` } : {}, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const tokenFor = async (request: APIRequestContext, email: string) =>
  (await call<{ devSignIn: { token: string } }>(request, 'mutation($e: String!) { devSignIn(email: $e) { token } }', { e: email })).devSignIn.token;

/** Every free slot the API offers in the next 60 days. */
async function allFreeSlots(request: APIRequestContext) {
  const data = await call<{ availableSlots: { id: string; startTime: string; endTime: string }[] }>(
    request,
    'query($f: DateTime!, $t: DateTime!) { availableSlots(from: $f, to: $t) { id startTime endTime } }',
    { f: new Date().toISOString(), t: new Date(Date.now() + 60 * DAY_MS).toISOString() },
  );
  return data.availableSlots;
}

const dayKey = (iso: string, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
const dayName = (key: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(`${key}T12:00:00Z`));
const monthName = (key: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${key}-15T12:00:00Z`));
const clock = (iso: string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
const timesAvailable = (count: number) => `${count} time${count === 1 ? '' : 's'} available`;

async function visitor(browser: Browser, zone: string, viewport = { width: 1366, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ timezoneId: zone, locale: 'en-US', viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600 });
  return context.newPage();
}

test.describe('the month picker', () => {
  for (const zone of ['Asia/Tokyo', 'America/New_York']) {
    test(`a visitor in ${zone} finds every free time of each month, on the days of their own zone`, async ({ browser, request }) => {
      const slots = await allFreeSlots(request);
      const byDay = new Map<string, typeof slots>();
      for (const slot of slots) byDay.set(dayKey(slot.startTime, zone), [...(byDay.get(dayKey(slot.startTime, zone)) ?? []), slot]);
      const page = await visitor(browser, zone);
      await page.goto('/');
      let month = dayKey(new Date().toISOString(), zone).slice(0, 7);
      let shownTimes = 0;
      for (let turn = 0; turn < 2; turn++) {
        const grid = monthGrid(page);
        await expect(grid).toHaveAccessibleName(`${monthName(month)}: days with free times`);
        await expect(grid).toHaveAttribute('aria-busy', 'false');
        const days = [...byDay].filter(([day]) => day.startsWith(month));
        // Each day says how many times it has; the others are disabled.
        for (const [day, daySlots] of days) {
          await expect(grid.getByRole('button', { name: `${dayName(day)}, ${timesAvailable(daySlots.length)}`, exact: true })).toBeEnabled();
        }
        await expect(grid.getByRole('button', { name: /, \d+ times? available$/ })).toHaveCount(days.length);
        await expect(grid.getByRole('button', { name: /no times available$/ }).first()).toBeDisabled();
        // A day's list holds all its times, however early or late they fall in this zone.
        for (const [day, daySlots] of days.slice(0, 3)) {
          await grid.getByRole('button', { name: new RegExp(`^${dayName(day)},`) }).click();
          await expect(page.getByRole('heading', { name: dayName(day), exact: true })).toBeVisible();
          const list = page.getByRole('list', { name: `Free times on ${dayName(day)}` });
          await expect(list.getByRole('button')).toHaveCount(daySlots.length);
          for (const slot of daySlots) {
            await expect(list.locator(`[data-slot="${slot.id}"]`)).toHaveText(`${clock(slot.startTime, zone)}–${clock(slot.endTime, zone)}`);
          }
          shownTimes += daySlots.length;
        }
        await page.screenshot({ path: `${SCREENSHOTS}/picker-${zone.split('/')[1]!.toLowerCase()}-${turn}.png`, fullPage: true });
        await page.getByRole('button', { name: 'Next month' }).click();
        month = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 1)).toISOString().slice(0, 7);
      }
      expect(shownTimes).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Previous month' }).click();
      await page.locator('[data-slot]').first().click();
      await expect(page.getByRole('dialog', { name: 'Confirm your consultation' })).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/picker-confirm-${zone.split('/')[1]!.toLowerCase()}.png` });
      await page.context().close();
    });
  }

  test('moves between days with the arrow keys, Home/End and Page Up/Down', async ({ browser }) => {
    const page = await visitor(browser, 'Europe/Luxembourg');
    await page.goto('/');
    const grid = monthGrid(page);
    await expect(grid).toHaveAttribute('aria-busy', 'false');
    // One tab stop: the selected day.
    const start = grid.locator('button[tabindex="0"]');
    await expect(start).toHaveCount(1);
    const first = (await start.getAttribute('data-day'))!;
    await start.focus();
    const shift = (days: number) => {
      const date = new Date(`${first}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + days);
      return date.toISOString().slice(0, 10);
    };
    const focusedDay = () => page.evaluate(() => document.activeElement?.getAttribute('data-day'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedDay).toBe(shift(1));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focusedDay).toBe(first);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedDay).toBe(shift(7));
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedDay).toBe(first);
    await page.keyboard.press('End');
    await expect.poll(focusedDay).toBe(shift(6 - ((new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7)));
    await page.keyboard.press('PageDown');
    const next = new Date(Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)), 1)).toISOString().slice(0, 7);
    await expect(grid).toHaveAccessibleName(`${monthName(next)}: days with free times`);
    await expect.poll(focusedDay).toMatch(new RegExp(`^${next}-`));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: /^\w+day \d+ \w+$/ })).toBeVisible();
    await page.context().close();
  });

  test('an empty month says so and jumps to the next available day', async ({ browser, request }) => {
    // Free times on one day three months ahead only: the month before it has none.
    const target = new Date();
    target.setUTCMonth(target.getUTCMonth() + 3, 1);
    while ([0, 6].includes(target.getUTCDay())) target.setUTCDate(target.getUTCDate() + 1);
    const day = target.toISOString().slice(0, 10);
    const provider = await tokenFor(request, 'provider@example.com');
    const generated = await call<{ generateSlots: { __typename: string } }>(
      request,
      'mutation($f: String!, $t: String!) { generateSlots(input: { from: $f, to: $t }) { __typename } }',
      { f: day, t: day },
      provider,
    );
    expect(generated.generateSlots.__typename).toBe('GenerateSlotsSuccess');

    const page = await visitor(browser, 'Europe/Luxembourg');
    await page.goto('/');
    const emptyMonth = new Date(target);
    emptyMonth.setUTCMonth(emptyMonth.getUTCMonth() - 1, 15);
    const grid = monthGrid(page);
    while (!(await grid.getAttribute('aria-label'))?.startsWith(monthName(emptyMonth.toISOString().slice(0, 7)))) {
      await page.getByRole('button', { name: 'Next month' }).click();
    }
    await expect(page.getByRole('heading', { name: `No free times in ${monthName(emptyMonth.toISOString().slice(0, 7)).split(' ')[0]}` })).toBeVisible();
    await page.getByRole('button', { name: `Next available: ${dayName(day)}` }).click();
    await expect(grid).toHaveAccessibleName(`${monthName(day.slice(0, 7))}: days with free times`);
    await expect(page.getByRole('heading', { name: dayName(day), exact: true })).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: `Free times on ${dayName(day)}` })
        .getByRole('button')
        .first(),
    ).toHaveText('09:00–09:30');
    await page.context().close();
  });

  test('fits a phone: no sideways scrolling and a short page', async ({ browser }) => {
    const page = await visitor(browser, 'Asia/Tokyo', { width: 390, height: 844 });
    await page.goto('/');
    await expect(monthGrid(page)).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('[data-slot]').first()).toBeVisible();
    const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(size.width).toBeLessThanOrEqual(390);
    expect(size.height).toBeLessThan(1_700);
    await page.screenshot({ path: `${SCREENSHOTS}/picker-phone.png`, fullPage: true });
    await page.locator('[data-slot]').first().click();
    const dialog = page.getByRole('dialog', { name: 'Confirm your consultation' });
    await dialog.getByLabel(/What would you like to discuss/).fill('Opening a branch in Osaka');
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOTS}/picker-phone-confirm.png` });
    await page.context().close();
  });
});

test.describe('confirming', () => {
  test('a slow booking cannot be cancelled half-way: the dialog says "Booking…" until the done page', async ({ page, request }) => {
    const [slot] = await freeSlots(request, 1, 27);
    await page.goto('/sign-in');
    await signInWithForm(page, 'patient@example.com');
    await page.route('**/graphql', async (route) => {
      if (route.request().method() === 'POST' && route.request().postData()?.includes('bookAppointment'))
        await new Promise((resolve) => setTimeout(resolve, 2_500));
      await route.fallback();
    });
    await page.goto('/');
    await (await showSlot(page, slot!.id)).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm your consultation' });
    await dialog.getByRole('button', { name: 'Book this time' }).click();
    await expect(dialog.getByRole('button', { name: 'Booking…' })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
    await expect(dialog.getByRole('status')).toHaveText('Booking your time; please keep this page open.');
    await page.screenshot({ path: `${SCREENSHOTS}/confirm-booking-in-flight.png` });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
  });

  test('notes typed before signing in are still there after it, and reach the appointment', async ({ page, request }) => {
    const [slot] = await freeSlots(request, 1, 30);
    await page.goto('/');
    await (await showSlot(page, slot!.id)).click();
    await page.getByLabel(/What would you like to discuss/).fill('Funding round, seed stage');
    await page.getByRole('button', { name: 'Book this time' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await signInWithForm(page, 'notes.first@example.com');
    const dialog = page.getByRole('dialog', { name: 'Confirm your consultation' });
    await expect(dialog.getByLabel(/What would you like to discuss/)).toHaveValue('Funding round, seed stage');
    await dialog.getByRole('button', { name: 'Book this time' }).click();
    await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
    await page.getByRole('link', { name: 'View appointment' }).click();
    await expect(page.getByText('Funding round, seed stage')).toBeVisible();
    // Booked: the next booking starts with empty notes.
    await page.goto('/');
    await page.locator('[data-slot]').first().click();
    await expect(page.getByLabel(/What would you like to discuss/)).toHaveValue('');
  });
});

test('rescheduling names the appointment moved, warns inside the notice period, and then offers the contact', async ({ browser, request }) => {
  const slots = await freeSlots(request, 60, 0);
  const near = slots[2]!;
  const hoursToNear = Math.ceil((Date.parse(near.startTime) - Date.now()) / 3_600_000);
  const far = slots.find((slot) => Date.parse(slot.startTime) - Date.now() > (hoursToNear + 72) * 3_600_000 && slot.id !== near.id)!;
  const client = await tokenFor(request, 'mover.late@example.com');
  const booked = await call<{ bookAppointment: { appointment: { id: string } } }>(
    request,
    'mutation($s: ID!) { bookAppointment(input: { slotId: $s }) { ... on BookAppointmentSuccess { appointment { id } } } }',
    { s: far.id },
    client,
  );
  const appointmentId = booked.bookAppointment.appointment.id;
  const provider = await tokenFor(request, 'provider@example.com');
  const setNotice = (hours: number) =>
    call(request, 'mutation($h: Int!) { updateBookingPolicy(input: { cancellationNoticeHours: $h }) { __typename } }', { h: hours }, provider);
  // The near slot falls inside the notice period, the booked one outside it.
  await setNotice(hoursToNear + 2);
  try {
    for (const viewport of [
      { width: 1366, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const page = await visitor(browser, 'America/New_York', viewport);
      await page.goto('/sign-in');
      await signInWithForm(page, 'mover.late@example.com');
      await page.goto(`/?reschedule=${appointmentId}`);
      const date = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', weekday: 'long', day: 'numeric', month: 'long' }).format(
        new Date(far.startTime),
      );
      const end = new Date(Date.parse(far.startTime) + 30 * 60_000).toISOString();
      await expect(
        page.getByText(
          `Moving your appointment on ${date}, ${clock(far.startTime, 'America/New_York')}–${clock(end, 'America/New_York')}, New York time (GMT-`,
        ),
      ).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/reschedule-${viewport.width}.png`, fullPage: true });
      await (await showSlot(page, near.id)).click();
      const dialog = page.getByRole('dialog', { name: 'Move your consultation here?' });
      await expect(dialog.getByRole('note')).toContainText(
        `After this move you can no longer change or cancel it online: it is within ${hoursToNear + 2} hours.`,
      );
      await expect(dialog.getByRole('link', { name: 'provider@example.com' })).toHaveAttribute('href', 'mailto:provider@example.com');
      await page.screenshot({ path: `${SCREENSHOTS}/reschedule-confirm-${viewport.width}.png` });
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
      await page.context().close();
    }
  } finally {
    await setNotice(24);
  }
  // Moved inside the notice period: the details page says so, with the way to reach the consultant.
  const page = await visitor(browser, 'America/New_York');
  await page.goto('/sign-in');
  await signInWithForm(page, 'mover.late@example.com');
  await page.goto(`/?reschedule=${appointmentId}`);
  await setNotice(hoursToNear + 2);
  try {
    await page.reload();
    await (await showSlot(page, near.id)).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Move appointment' }).click();
    await expect(page).toHaveURL(new RegExp(`/appointments/${appointmentId}$`));
    await expect(page.getByText('You can no longer change or cancel this appointment online')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'provider@example.com' })).toHaveAttribute('href', 'mailto:provider@example.com');
    await expect(page.getByRole('link', { name: 'Reschedule' })).toHaveCount(0);
  } finally {
    await setNotice(24);
  }
  await page.context().close();
});
