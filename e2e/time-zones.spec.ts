import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { freeSlots, SCREENSHOTS, showSlot, signInWithForm } from '../test/e2e-helpers.js';

// The practice works 09:00-17:00 in Luxembourg: early evening in Tokyo, morning in New York. Each client books
// one of these hours (the picker shows every hour of the day; e2e/picker.spec.ts checks the late and early ones).
const CLIENTS = [
  { zone: 'Asia/Tokyo', city: 'Tokyo', email: 'tokyo.client@example.com', utcHours: [8, 9, 10] },
  { zone: 'America/New_York', city: 'New York', email: 'newyork.client@example.com', utcHours: [13, 14, 15] },
];

const clock = (iso: string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
const offset = (iso: string, zone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')!
    .value;

/** A free slot starting at one of these UTC hours, from the later weeks (the other specs take the first ones). */
async function slotAtUtcHours(request: APIRequestContext, hours: number[], skip: number) {
  const slots = await freeSlots(request, 1000, 0);
  const fitting = slots.filter((slot) => hours.includes(new Date(slot.startTime).getUTCHours()) && new Date(slot.startTime).getUTCMinutes() === 0);
  const slot = fitting[Math.min(fitting.length - 1, 10 + skip)]!;
  const endTime = new Date(Date.parse(slot.startTime) + 30 * 60_000).toISOString();
  return { ...slot, endTime };
}

async function clientPage(browser: Browser, zone: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId: zone, locale: 'en-US', viewport: { width: 1366, height: 800 } });
  return context.newPage();
}

test.describe('clients in Tokyo and New York', () => {
  test('each signs in for the first time, books, and reads their own times on every page and in the e-mail', async ({ browser, request }) => {
    for (const [index, client] of CLIENTS.entries()) {
      const page = await clientPage(browser, client.zone);
      const slot = await slotAtUtcHours(request, client.utcHours, index);
      const range = `${clock(slot.startTime, client.zone)}–${clock(slot.endTime, client.zone)}`;
      const zoneLabel = `${client.city} time (${offset(slot.startTime, client.zone)})`;

      await page.goto('/sign-in');
      await signInWithForm(page, client.email);
      await page.goto('/');
      await expect(page.getByRole('combobox', { name: 'Times shown in' })).toHaveValue(new RegExp(`^${client.city} \\(GMT`));
      await (await showSlot(page, slot.id)).click();
      const dialog = page.getByRole('dialog', { name: 'Confirm your consultation' });
      await expect(dialog).toContainText(`${range}${zoneLabel}`);
      await dialog.getByRole('button', { name: 'Book this time' }).click();

      // The done page.
      await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(`${range} ${zoneLabel}`);
      // The address names Luxembourg; no time may be given in Luxembourg's zone.
      await expect(page.getByRole('main')).not.toContainText('Luxembourg time');
      await page.screenshot({ path: `${SCREENSHOTS}/booked-${client.city.replace(' ', '-').toLowerCase()}.png`, fullPage: true });

      // The appointment's details.
      await page.getByRole('link', { name: 'View appointment' }).click();
      await expect(page.getByRole('heading', { name: /^Consultation with/ })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(`${range} ${zoneLabel}`);

      // My appointments.
      await page.getByRole('link', { name: 'My appointments', exact: true }).click();
      await expect(page.getByText(`Times in ${client.city} time (GMT`)).toBeVisible();
      await expect(page.getByRole('list').getByText(`${range} ${zoneLabel}`)).toBeVisible();

      // The confirmation e-mail, as the outbox in the settings shows it.
      await page.getByRole('link', { name: 'Settings' }).click();
      const subject = page.getByText(new RegExp(`^Booked: consultation with .+ at ${clock(slot.startTime, client.zone)} ${client.city} time$`));
      // The e-mail is written by a background job moments after the booking: look again until it is there.
      await expect(async () => {
        await page.reload();
        await expect(subject).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      await page.getByRole('listitem').filter({ has: subject }).getByRole('button', { name: 'View' }).click();
      const email = page.getByRole('dialog');
      await expect(email.frameLocator('iframe').getByText(`${range} ${zoneLabel}`, { exact: true })).toBeVisible();
      await page.context().close();
    }
  });

  test('a client finds Tokyo by typing in the settings, and keeps it', async ({ browser }) => {
    const page = await clientPage(browser, 'America/New_York');
    await page.goto('/sign-in');
    await signInWithForm(page, 'mover@example.com');
    await page.goto('/settings');
    const zone = page.getByRole('combobox', { name: 'Your time zone' });
    // The first sign-in took the browser's zone.
    await expect(zone).toHaveValue(/^New York \(GMT-[45]\)$/);

    await zone.fill('tok');
    await expect(zone).toHaveAttribute('aria-expanded', 'true');
    const tokyo = page.getByRole('option', { name: /Tokyo.*Asia\/Tokyo \(GMT\+9\)/ });
    await expect(tokyo).toBeVisible();
    // Places whose name starts with the text come first (Vladivostok, Vostok and Tokelau Time match too).
    await expect(page.getByRole('option').first()).toHaveAccessibleName(/^Tokyo /);
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.screenshot({ path: `${SCREENSHOTS}/settings-time-zone-search.png`, fullPage: true });
    await page.keyboard.press('Enter');
    await expect(page.getByText('Times are now shown in Tokyo time (GMT+9).')).toBeVisible();
    await expect(zone).toHaveValue('Tokyo (GMT+9)');

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Your time zone' })).toHaveValue('Tokyo (GMT+9)');
    await page.getByRole('link', { name: 'My appointments', exact: true }).click();
    await expect(page.getByText('Times in Tokyo time (GMT+9)')).toBeVisible();
    // The booking page follows the account, and offers this device's zone without applying it.
    await page.getByRole('link', { name: 'Book', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Times shown in' })).toHaveValue('Tokyo (GMT+9)');
    await page.screenshot({ path: `${SCREENSHOTS}/book-time-zone-offer.png` });
    await page.getByRole('button', { name: /^Use New York time \(GMT-[45]\), this device's zone\?$/ }).click();
    await expect(page.getByRole('combobox', { name: 'Times shown in' })).toHaveValue(/^New York/);
    await page.goto('/settings');
    await expect(page.getByRole('combobox', { name: 'Your time zone' })).toHaveValue(/^New York/);
    await page.context().close();
  });

  test("a slot button's accessible name follows the zone chosen, and contains what the button shows", async ({ browser, request }) => {
    const page = await clientPage(browser, 'America/New_York');
    // 13:00 UTC: on the grid in New York (morning) and in London (afternoon).
    const slot = await slotAtUtcHours(request, [13], 2);
    await page.goto('/');
    const button = await showSlot(page, slot.id);
    const newYork = `${clock(slot.startTime, 'America/New_York')}–${clock(slot.endTime, 'America/New_York')}`;
    await expect(button).toHaveText(newYork);
    await expect(button).toHaveAttribute('aria-label', new RegExp(`^${newYork}, \\w+day, \\d+ \\w+ \\d{4}, New York time \\(GMT-[45]\\): book$`));

    const picker = page.getByRole('combobox', { name: 'Times shown in' });
    await picker.click();
    await picker.fill('london');
    await page.getByRole('option', { name: /Europe\/London/ }).click();
    const london = `${clock(slot.startTime, 'Europe/London')}–${clock(slot.endTime, 'Europe/London')}`;
    const moved = await showSlot(page, slot.id);
    await expect(moved).toHaveText(london);
    await expect(moved).toHaveAttribute('aria-label', new RegExp(`^${london}, \\w+day, \\d+ \\w+ \\d{4}, London time \\(GMT\\+?1?\\): book$`));
    await expect(page.getByRole('button', { name: new RegExp(`^${london},.*London time`) }).first()).toBeVisible();
    await expect(page.locator('[data-slot][aria-label*="New York"]')).toHaveCount(0);
    await page.context().close();
  });
});

test('the zone list fits a phone and works with the keyboard', async ({ browser }) => {
  const context = await browser.newContext({
    timezoneId: 'Asia/Tokyo',
    locale: 'en-US',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('/');
  const picker = page.getByRole('combobox', { name: 'Times shown in' });
  await expect(picker).toHaveValue('Tokyo (GMT+9)');
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  // The list opens on the current zone.
  await expect(page.getByRole('option', { selected: true })).toHaveAccessibleName(/^Tokyo /);
  await page.keyboard.type('sao paulo');
  await expect(page.getByRole('option', { selected: true })).toHaveAccessibleName(/America\/Sao_Paulo \(GMT-3\)/);
  const box = await page.getByRole('listbox', { name: 'Time zones' }).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-time-zone-search.png` });
  await page.keyboard.press('Escape');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(picker).toHaveValue('Tokyo (GMT+9)');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('sao paulo');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue('Sao Paulo (GMT-3)');
  await context.close();
});
