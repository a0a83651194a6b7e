// The user guide's walk through the product (docs/user-guide.md): every step is checked, and
// photographed. `npm run guide:screenshots` writes the pictures into docs/user-guide/images;
// otherwise they go to this test's output folder, so that a normal run changes no tracked file.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { bookAs, monthGrid, showSlot, signInWithForm } from '../test/e2e-helpers.js';
import { PROVIDER_ZONE, shoot, wall, weekOfSlots, type Slot } from './user-guide-shots.js';

const DESKTOP = { width: 1366, height: 800 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const CLIENT_ZONE = 'Europe/London';

/** A 30-minute slot as the client reads it: "08:00–08:30". */
function londonRange(slot: Slot): string {
  return `${wall(slot.startTime, CLIENT_ZONE).time}–${wall(new Date(Date.parse(slot.startTime) + 30 * 60_000).toISOString(), CLIENT_ZONE).time}`;
}

/** How the app names the client's zone at a slot: "London time (GMT)" in winter, "London time (GMT+1)" in summer. */
function zoneLabel(slot: Slot): string {
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: CLIENT_ZONE, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(slot.startTime))
    .find((part) => part.type === 'timeZoneName')!.value;
  return `London time (${offset === 'GMT+0' ? 'GMT' : offset})`;
}

/** Text to match literally inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The date of an instant in a zone, as a date field takes it ("2026-12-02"). */
function isoDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(iso));
}

/** A day as the booking page names it: "Tuesday 1 December". */
function dayName(iso: string, timeZone: string): string {
  const at = wall(iso, timeZone);
  return `${at.weekday} ${at.date.replace(/ \d{4}$/, '')}`;
}

async function phoneLike(browser: Browser, storageState: Awaited<ReturnType<BrowserContext['storageState']>>) {
  const context = await browser.newContext({ ...PHONE, timezoneId: CLIENT_ZONE, storageState });
  return { context, page: await context.newPage() };
}

test.describe('the client guide', () => {
  test.use({ viewport: DESKTOP, deviceScaleFactor: 1, timezoneId: CLIENT_ZONE });

  test('a client in London picks a time, signs in, books, gets the e-mails, moves and cancels the consultation', async ({
    page,
    browser,
    request,
  }, testInfo) => {
    const week = await weekOfSlots(request, [
      ['Tuesday', '10:00'],
      ['Tuesday', '11:00'],
      ['Thursday', '14:00'],
    ]);
    const first = week.pick('Tuesday', '10:00');
    const later = week.pick('Tuesday', '11:00', [first]);
    const forPhone = week.pick('Thursday', '14:00', [first, later]);
    const london = wall(first.startTime, CLIENT_ZONE);

    // Step 1, before signing in: the month in the visitor's zone (the browser's), then the day's times.
    await page.goto('/');
    await expect(page).toHaveTitle('Book a time · Slotline');
    await expect(page.getByRole('heading', { name: 'Book a consultation' })).toBeVisible();
    await expect(page.getByText(/^30-minute sessions with .+\. Free cancellation up to 24 hours before\.$/)).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Times shown in' })).toHaveValue(/^London \(GMT/);
    const slot = await showSlot(page, first.id);
    const grid = monthGrid(page);
    await expect(grid.getByRole('button', { name: new RegExp(`^${dayName(first.startTime, CLIENT_ZONE)}, \\d+ times? available$`) })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: dayName(first.startTime, CLIENT_ZONE), exact: true })).toBeVisible();
    await expect(page.getByText(new RegExp(`^\\d+ free times?, ${escape(zoneLabel(first))}$`))).toBeVisible();
    // The provider works from 09:00 in Luxembourg; the client reads the same slot an hour earlier, in London.
    await expect(slot).toHaveText(londonRange(first));
    await expect(slot).toHaveAttribute(
      'aria-label',
      new RegExp(`^${londonRange(first)}, ${london.weekday},? ${london.date}, ${escape(zoneLabel(first))}: book$`),
    );
    await shoot(page, testInfo, 'client-book', { viewportOnly: true });

    // Step 2: confirm, with a note; booking asks to sign in first, and the note waits.
    await slot.click();
    let dialog = page.getByRole('dialog', { name: 'Confirm your consultation' });
    await expect(dialog).toContainText(`${londonRange(first)}${zoneLabel(first)}`);
    const note = 'Pricing for the new service line; I will bring last year’s figures.';
    await dialog.getByLabel(/What would you like to discuss/).fill(note);
    await expect(dialog.getByText(`${2000 - note.length} characters left`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Book this time' }).click();

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText('Development sign-in: no password.')).toBeVisible();
    await page.getByLabel('E-mail').fill('sam.taylor@example.com');
    await page.getByLabel(/^Name/).fill('Sam Taylor');
    const signInCard = page.locator('main > div > div').first();
    await shoot(page, testInfo, 'client-sign-in', { around: [signInCard, signInCard] });
    await signInWithForm(page, 'sam.taylor@example.com', 'Sam Taylor');
    await expect(page.getByRole('contentinfo')).toContainText('Signed in as sam.taylor@example.com');

    dialog = page.getByRole('dialog', { name: 'Confirm your consultation' });
    await expect(dialog).toContainText(`${londonRange(first)}${zoneLabel(first)}`);
    await expect(dialog.getByLabel(/What would you like to discuss/)).toHaveValue(note);
    await shoot(page, testInfo, 'client-confirm', { target: dialog });
    await dialog.getByRole('button', { name: 'Book this time' }).click();

    // Step 3: done, with the calendar file.
    await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(`${londonRange(first)} ${zoneLabel(first)}`);
    await expect(page.getByText(/^Where: .+/)).toBeVisible();
    await expect(page.getByText('A confirmation is on its way to sam.taylor@example.com.')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
    const ics = await readFile(await (await download).path(), 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Consultation Session');
    expect(ics).toContain(`DTSTART:${first.startTime.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(ics).toMatch(/^ORGANIZER;CN=/m);
    expect(ics).toMatch(/^LOCATION:.+/m);
    const bookedCard = page.locator('main > div').first();
    await shoot(page, testInfo, 'client-booked', { around: [bookedCard, bookedCard] });
    const bookedUrl = page.url();

    // My appointments: tabs, search and filters.
    await page.getByRole('link', { name: 'My appointments', exact: true }).click();
    await expect(page.getByText(`Times in ${zoneLabel(first)}`)).toBeVisible();
    await page.getByLabel('Search notes').fill('pricing');
    await page.getByLabel('Status').selectOption('SCHEDULED');
    const listed = page.getByRole('link', { name: new RegExp(`^${london.weekday},? ${london.date}, ${london.time} to .+, scheduled$`) });
    await expect(listed).toHaveCount(1);
    await shoot(page, testInfo, 'client-my-appointments', { viewportOnly: true });

    // The appointment: move it to a later time.
    await listed.click();
    await expect(page.getByRole('heading', { name: /^Consultation with / })).toBeVisible();
    await expect(page.getByText('Pricing for the new service line')).toBeVisible();
    await expect(page.getByText(/^You can move or cancel until /)).toBeVisible();
    await page.getByRole('link', { name: 'Reschedule' }).click();
    await expect(page.getByRole('heading', { name: 'Choose a new time' })).toBeVisible();
    await expect(
      page.getByText(`Moving your appointment on ${dayName(first.startTime, CLIENT_ZONE)}, ${londonRange(first)}, ${zoneLabel(first)}`),
    ).toBeVisible();
    const laterSlot = await showSlot(page, later.id);
    await shoot(page, testInfo, 'client-reschedule', { viewportOnly: true });
    await laterSlot.click();
    const move = page.getByRole('dialog', { name: 'Move your consultation here?' });
    // Outside the notice period: no warning.
    await expect(move.getByRole('note')).toHaveCount(0);
    await move.getByRole('button', { name: 'Move appointment' }).click();
    await expect(page.getByText('Your consultation has been moved.')).toBeVisible();
    await expect(page.getByRole('main')).toContainText(londonRange(later));
    await shoot(page, testInfo, 'client-appointment', { around: [page.getByRole('link', { name: '← My appointments' }), page.locator('main > div').first()] });
    const detailsUrl = page.url();

    // The key client steps on a phone, with the same session.
    const phone = await phoneLike(browser, await page.context().storageState());
    await phone.page.goto('/');
    await expect(phone.page.getByRole('heading', { name: 'Book a consultation' })).toBeVisible();
    const phoneSlot = await showSlot(phone.page, forPhone.id);
    await expect(phone.page.getByRole('heading', { level: 2, name: dayName(forPhone.startTime, CLIENT_ZONE), exact: true })).toBeVisible();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(phone.page, testInfo, 'phone-book', {
      around: [phone.page.getByRole('button', { name: 'Previous month' }), phone.page.getByRole('list', { name: /^Free times on / })],
    });
    await phoneSlot.click();
    const phoneDialog = phone.page.getByRole('dialog', { name: 'Confirm your consultation' });
    await expect(phoneDialog.getByRole('button', { name: 'Book this time' })).toBeVisible();
    await shoot(phone.page, testInfo, 'phone-confirm', { viewportOnly: true });
    await phoneDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(phoneDialog).toBeHidden();
    await phone.page.goto(bookedUrl);
    await expect(phone.page.getByRole('heading', { name: "You're booked" })).toBeVisible();
    await shoot(phone.page, testInfo, 'phone-booked', { viewportOnly: true });
    await phone.page.goto(detailsUrl);
    await expect(phone.page.getByRole('link', { name: 'Reschedule' })).toBeVisible();
    await expect(phone.page.getByRole('button', { name: 'Cancel appointment' })).toBeVisible();
    await shoot(phone.page, testInfo, 'phone-appointment', { viewportOnly: true });
    await phone.context.close();

    // Cancel, with a reason for the consultant.
    await page.getByRole('button', { name: 'Cancel appointment' }).click();
    const cancel = page.getByRole('dialog', { name: 'Cancel this consultation?' });
    await cancel.getByLabel(/^Reason/).fill('The project was postponed to spring.');
    await shoot(page, testInfo, 'client-cancel', { target: cancel });
    await cancel.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(page.getByText('Your consultation is cancelled. A confirmation e-mail is on its way.')).toBeVisible();
    await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(page.getByText('The project was postponed to spring.')).toBeVisible();

    // Settings: the time zone (taken from the browser at the first sign-in), found by typing.
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page).toHaveTitle(/Settings/);
    const timeZone = page.getByRole('region', { name: 'Time zone' });
    const zone = timeZone.getByRole('combobox', { name: 'Your time zone' });
    await expect(zone).toHaveValue(/^London \(GMT/);
    await zone.fill('new y');
    const newYork = page.getByRole('option', { name: /New York.*America\/New_York \(GMT-[45]\)/ });
    await expect(newYork).toBeVisible();
    await shoot(page, testInfo, 'client-time-zone', { around: [timeZone, page.getByRole('listbox', { name: 'Time zones' })] });
    await newYork.click();
    await expect(page.getByText(/^Times are now shown in New York time \(GMT-[45]\)\.$/)).toBeVisible();
    await expect(zone).toHaveValue(/^New York \(GMT-[45]\)$/);
    // Back to this device's zone in one click.
    await timeZone.getByRole('button', { name: /^Use this device's zone, London time/ }).click();
    await expect(zone).toHaveValue(/^London \(GMT/);

    // Google Calendar (Google's consent, and back), and every e-mail sent to the client (kept in the outbox here).
    const googleCalendar = page.getByRole('region', { name: 'Google Calendar' });
    await expect(googleCalendar).toContainText('Add your consultations to Google Calendar automatically, with a reminder.');
    await googleCalendar.getByRole('button', { name: 'Connect Google Calendar' }).click();
    await expect(page.getByText('Google Calendar connected.')).toBeVisible();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(googleCalendar).toContainText('Connected: your appointments appear in Google Calendar.');
    await expect(googleCalendar.getByRole('button', { name: 'Disconnect' })).toBeVisible();
    const emails = page.getByRole('region', { name: 'E-mails' });
    for (const subject of [/^Booked: consultation with /, /^Moved: consultation with /, /^Cancelled: consultation with /]) {
      await expect(emails.getByText(subject)).toBeVisible({ timeout: 20_000 });
    }
    await expect(emails.getByText(/sent|kept in outbox/).first()).toBeVisible();
    await shoot(page, testInfo, 'client-settings', { around: [googleCalendar, emails] });
    await emails
      .getByRole('listitem')
      .filter({ hasText: /^Booked: consultation with / })
      .getByRole('button', { name: 'View' })
      .click();
    const email = page.getByRole('dialog', { name: /^Booked: consultation with / });
    await expect(email.frameLocator('iframe').locator('body')).toContainText('Sam');
    await expect(email.frameLocator('iframe').locator('body')).toContainText(`${londonRange(first)} ${zoneLabel(first)}`);
    await shoot(page, testInfo, 'client-email', { target: email, framed: true });
  });
});

test.describe('the provider guide', () => {
  test.use({ viewport: DESKTOP, deviceScaleFactor: 1, timezoneId: PROVIDER_ZONE });

  test('the provider records outcomes, runs the calendar and appointments, sets hours and days off, exports, and manages keys and profile', async ({
    page,
    request,
  }, testInfo) => {
    // Three clients have booked the same coming week.
    const week = await weekOfSlots(request, [
      ['Tuesday', '09:00'],
      ['Wednesday', '14:00'],
      ['Thursday', '10:30'],
      ['Friday', '09:00'],
    ]);
    const tuesday = week.pick('Tuesday', '09:00');
    const wednesday = week.pick('Wednesday', '14:00');
    const thursday = week.pick('Thursday', '10:30');
    const friday = week.pick('Friday', '09:00');
    await bookAs(request, { email: 'noah.schmit@example.com', name: 'Noah Schmit' }, tuesday.id, 'Funding round: which investors to approach first.');
    await bookAs(request, { email: 'lea.muller@example.com', name: 'Léa Muller' }, wednesday.id, 'Second opinion on the lease of the new office.');
    await bookAs(request, { email: 'marc.dupont@example.com', name: 'Marc Dupont' }, thursday.id, 'Hiring plan for 2027.');

    // Signing in leads to the practice's dashboard.
    await page.goto('/sign-in');
    await signInWithForm(page, 'provider@example.com');
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
    await expect(page.getByText('Appointments, past 8 and next 4 weeks')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bookings per week' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Next 7 days' })).toBeVisible();

    // Needs an outcome: the demo's past sessions; each mark is confirmed first, and can be changed.
    const outcomes = page.getByRole('region', { name: 'Needs an outcome' });
    const noShow = outcomes.getByRole('button', { name: /^Mark no-show: / }).first();
    await expect(noShow).toBeVisible();
    const who = (await noShow.getAttribute('aria-label'))!.replace('Mark no-show: ', '');
    await outcomes.getByRole('button', { name: `Mark completed: ${who}` }).click();
    const ask = outcomes.getByRole('group', { name: `Mark as completed? ${who}` });
    await expect(ask.getByRole('button', { name: 'Keep' })).toBeVisible();
    await shoot(page, testInfo, 'provider-needs-outcome', { target: outcomes });
    await ask.getByRole('button', { name: 'Confirm' }).click();
    await expect(outcomes.getByText('Marked as completed.')).toBeVisible();
    await expect(outcomes.getByRole('button', { name: `Change to no-show: ${who}` })).toBeVisible();
    await shoot(page, testInfo, 'provider-dashboard', { viewportOnly: true });

    // Calendar: 24-hour times; a booked slot opens its details; block a free slot, then free it again.
    await page.getByRole('tab', { name: 'Calendar' }).click();
    const noah = page.getByRole('button', { name: /^Booked by Noah Schmit; activate for details: / });
    await expect(page.getByRole('button', { name: /^Free; activate to block it: / }).first()).toBeVisible();
    for (let step = 0; step < 6 && !(await noah.isVisible()); step++) {
      await page.getByRole('button', { name: /next/i }).first().click();
      await noah.waitFor({ state: 'visible', timeout: 2_500 }).catch(() => undefined);
    }
    await expect(noah).toBeVisible();
    await expect(page.getByRole('button', { name: /^Booked by Léa Muller; activate for details: / })).toBeVisible();
    await expect(page.getByText(/\b(AM|PM)\b/)).toHaveCount(0);
    const free = page.getByRole('button', {
      name: new RegExp(`^Free; activate to block it: ${wall(wednesday.startTime, PROVIDER_ZONE).weekday}, .+, 09:00 to`),
    });
    const freeLabel = (await free.getAttribute('aria-label'))!.replace('Free; activate to block it: ', '');
    await free.click();
    const blocked = page.getByRole('button', { name: `Blocked; activate to free it: ${freeLabel}` });
    await expect(blocked).toBeVisible();
    await shoot(page, testInfo, 'provider-calendar', { viewportOnly: true });
    await blocked.click();
    await expect(page.getByRole('button', { name: `Free; activate to block it: ${freeLabel}` })).toBeVisible();
    await noah.click();
    const details = page.getByRole('dialog', { name: 'Booked by Noah Schmit' });
    await expect(details).toContainText('noah.schmit@example.com');
    await expect(details).toContainText('Funding round: which investors to approach first.');
    await expect(details.getByRole('link', { name: 'Open the appointment' })).toBeVisible();
    await shoot(page, testInfo, 'provider-booked-slot', { target: details });
    await details.getByRole('button', { name: 'Close' }).click();
    await expect(details).toBeHidden();

    // Appointments: cancel one with a reason for the client.
    await page.getByRole('tab', { name: 'Appointments' }).click();
    await page.getByRole('button', { name: /^Cancel: Marc Dupont/ }).click();
    const cancel = page.getByRole('dialog', { name: 'Cancel this appointment?' });
    await cancel.getByLabel('Reason for the client').fill('I am travelling that day; please pick another time.');
    await cancel.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(page.getByText('Cancelled; the client is notified by e-mail.')).toBeVisible();
    const marc = page.getByRole('row').filter({ hasText: 'Marc Dupont' });
    await expect(marc).toContainText('Cancelled');
    await expect(marc).toContainText('I am travelling that day');
    await expect(page.getByRole('row').filter({ hasText: 'Noah Schmit' })).toContainText('Scheduled');
    await shoot(page, testInfo, 'provider-appointments', { viewportOnly: true });

    // Availability: new weekly hours, reviewed against the slots already there, then saved.
    await page.getByRole('tab', { name: 'Availability' }).click();
    await expect(page.getByLabel('Monday start').first()).toHaveValue('09:00');
    await expect(page.getByLabel('Monday end').nth(1)).toHaveValue('17:00');
    const hours = page.getByRole('region', { name: 'Weekly hours' });
    await hours.getByRole('button', { name: 'Add hours on Sunday' }).click();
    await expect(hours.getByLabel('Sunday start').last()).toHaveValue('09:00');
    await expect(hours.getByLabel('Sunday end').last()).toHaveValue('12:00');
    await hours.getByRole('button', { name: 'Review and save' }).click();
    const hoursReview = hours.getByRole('region', { name: 'Effect on existing slots' });
    // Earlier specs share this server: their bookings outside the new hours may be listed too.
    await expect(hoursReview).toContainText(/\b[1-9]\d* slots will open\b/);
    const opening = Number((await hoursReview.textContent())!.match(/\b(\d+) slots will open\b/)![1]);
    await shoot(page, testInfo, 'provider-hours-review', { around: [hours.getByRole('heading', { name: 'Weekly hours' }), hoursReview] });
    await hoursReview.getByRole('button', { name: 'Save hours' }).click();
    await expect(hours.getByRole('status')).toContainText(`Working hours saved. `);
    await expect(hours.getByRole('status')).toContainText(`${opening} slots opened`);

    const rules = page.getByRole('region', { name: 'Booking rules' });
    await expect(rules.getByLabel('Clients may cancel or move until')).toHaveValue('24');
    await rules.getByRole('button', { name: 'Save rules' }).click();
    await expect(rules.getByText('Booking rules saved.')).toBeVisible();

    // A day off on Léa's Wednesday: the free slots close at once, her booking stays and is listed.
    const slots = page.getByRole('region', { name: 'Open slots' });
    const dayOff = isoDate(wednesday.startTime, PROVIDER_ZONE);
    await slots.getByLabel('Date', { exact: true }).fill(dayOff);
    await slots.getByRole('button', { name: 'Review day off' }).click();
    const dayReview = slots.getByRole('region', { name: 'Effect on existing slots' });
    await expect(dayReview).toContainText(/^[1-9]\d* slots will close, 1 booked appointment stays\./);
    await expect(dayReview.getByRole('listitem')).toHaveText(/: Léa Muller$/);
    await shoot(page, testInfo, 'provider-day-off-review', { around: [slots.getByRole('heading', { name: 'Days off and special hours' }), dayReview] });
    await dayReview.getByRole('button', { name: 'Mark as day off' }).click();
    await expect(slots.getByRole('status').filter({ hasText: 'Day off on' })).toHaveText(
      /^Day off on .+ saved\. [1-9]\d* slots closed, 1 booked appointment stays\.$/,
    );
    await expect(slots.getByText(/: day off$/).first()).toBeVisible();

    // Special hours on Friday morning only.
    await slots.getByLabel('Date', { exact: true }).fill(isoDate(friday.startTime, PROVIDER_ZONE));
    await slots.getByLabel('Opens at').fill('09:00');
    await slots.getByLabel('Closes at').fill('12:00');
    await slots.getByRole('button', { name: 'Review special hours' }).click();
    await expect(dayReview).toContainText(/^[1-9]\d* slots will close\./);
    await dayReview.getByRole('button', { name: 'Save special hours' }).click();
    await expect(slots.getByRole('status').filter({ hasText: 'Special hours on' })).toContainText('slots closed');
    await expect(slots.getByText(/: 09:00–12:00$/).first()).toBeVisible();

    // Slots further ahead (beyond any that other walks generated).
    await slots.getByLabel('To', { exact: true }).fill(new Date(Date.now() + 70 * 86_400_000).toISOString().slice(0, 10));
    await slots.getByRole('button', { name: 'Preview' }).click();
    const preview = slots.getByRole('status').filter({ hasText: 'new slots' });
    await expect(preview).toContainText(/[1-9]\d* new slots; \d+ already there; \d+ in the past\./);
    await shoot(page, testInfo, 'provider-availability', { around: [rules, slots] });
    await preview.getByRole('button', { name: /^Create \d+ slots$/ }).click();
    await expect(page.getByText(/^[1-9]\d* slots created, \d+ skipped\.$/)).toBeVisible();

    // Exports and API keys.
    await page.getByRole('tab', { name: 'Exports & API keys' }).click();
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = await readFile(await (await csvDownload).path(), 'utf8');
    expect(csv).toContain('noah.schmit@example.com');
    expect(csv).toContain('I am travelling that day');
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    expect((await readFile(await (await pdfDownload).path())).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByLabel('Name').fill('Accounting tool');
    await page.getByLabel('Read appointments').check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByRole('status').filter({ hasText: 'Copy this key now; it will not be shown again.' }).locator('code');
    await expect(secret).toBeVisible();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await expect(page.getByText('Copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await secret.textContent());
    const asWidget = await request.post('/graphql', {
      headers: { authorization: `ApiKey ${await secret.textContent()}` },
      data: { query: '{ availability { slotMinutes } }' },
    });
    expect(await asWidget.json()).toEqual({ data: { availability: { slotMinutes: 30 } } });
    await expect(page.getByText('availability:read, appointments:read').first()).toBeVisible();
    await page.getByRole('button', { name: 'Revoke Accounting tool' }).click();
    const revoke = page.getByRole('group', { name: 'Revoke Accounting tool?' });
    await expect(revoke).toContainText('Integrations using it stop working at once.');
    // The key itself stays out of the picture (and the repository).
    await shoot(page, testInfo, 'provider-exports-and-keys', { mask: [secret] });
    await revoke.getByRole('button', { name: 'Revoke key' }).click();
    await expect(page.getByText('Key revoked.')).toBeVisible();

    // Settings: the public profile (with where consultations take place), Google Calendar, the e-mail log.
    await page.getByRole('link', { name: 'Settings' }).click();
    const profile = page.getByRole('region', { name: 'Your public profile' });
    // The form must show the saved profile before anything is changed (a save sends every field).
    const saved = (await (await request.post('/graphql', { data: { query: '{ providerProfile { website location } }' } })).json()) as {
      data: { providerProfile: { website: string | null; location: string | null } };
    };
    await expect(profile.getByLabel('Website')).toHaveValue(saved.data.providerProfile.website ?? '');
    await expect(profile.getByLabel('Where consultations take place')).toHaveValue(saved.data.providerProfile.location ?? '');
    await profile.getByLabel('Where consultations take place').fill('12 rue Notre-Dame, 2240 Luxembourg');
    await profile.getByLabel('Phone').fill('+352 621 123 456');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await expect(profile.getByRole('status')).toHaveText('Profile saved.');
    await expect(page.getByRole('contentinfo')).toContainText('+352 621 123 456');
    await expect(page.getByRole('region', { name: 'Google Calendar' }).getByRole('button', { name: 'Connect Google Calendar' })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'E-mails' })
        .getByText(/^Cancelled: consultation with Marc Dupont/)
        .first(),
    ).toBeVisible({ timeout: 20_000 });
    await shoot(page, testInfo, 'provider-settings', {
      around: [page.getByRole('heading', { name: 'Settings', level: 1 }), page.getByRole('region', { name: 'Google Calendar' })],
    });
  });
});
