// The user guide's walk through the product (docs/user-guide.md): every step is checked, and
// photographed. `npm run guide:screenshots` writes the pictures into docs/user-guide/images;
// otherwise they go to this test's output folder, so that a normal run changes no tracked file.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { bookAs, showSlot, signInWithForm } from '../test/e2e-helpers.js';
import { PROVIDER_ZONE, shoot, wall, weekOfSlots, type Slot } from './user-guide-shots.js';

const DESKTOP = { width: 1366, height: 800 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const CLIENT_ZONE = 'Europe/London';

/** When a 30-minute slot ends, on the client's clock. */
function londonEnd(slot: Slot): string {
  return wall(new Date(Date.parse(slot.startTime) + 30 * 60_000).toISOString(), CLIENT_ZONE).time;
}

async function phoneLike(browser: Browser, storageState: Awaited<ReturnType<BrowserContext['storageState']>>) {
  const context = await browser.newContext({ ...PHONE, timezoneId: CLIENT_ZONE, storageState });
  return { context, page: await context.newPage() };
}

test.describe('the client guide', () => {
  test.use({ viewport: DESKTOP, deviceScaleFactor: 1, timezoneId: CLIENT_ZONE });

  test('a client in London signs in, books, gets the e-mails, moves and cancels the consultation', async ({ page, browser, request }, testInfo) => {
    const week = await weekOfSlots(request);
    const first = week.pick('Tuesday', '10:00');
    const later = week.pick('Tuesday', '11:00', [first]);
    const forPhone = week.pick('Thursday', '14:00');
    const london = wall(first.startTime, CLIENT_ZONE);

    // Sign in.
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText('Development sign-in: no password.')).toBeVisible();
    await page.getByLabel('E-mail').fill('sam.taylor@example.com');
    await page.getByLabel(/^Name/).fill('Sam Taylor');
    const signInCard = page.locator('main > div > div').first();
    await shoot(page, testInfo, 'client-sign-in', { around: [signInCard, signInCard] });
    await signInWithForm(page, 'sam.taylor@example.com', 'Sam Taylor');
    await expect(page.getByRole('contentinfo')).toContainText('Signed in as sam.taylor@example.com');

    // Step 1: pick a time, shown in the client's own zone.
    await expect(page.getByRole('heading', { name: 'Book a consultation' })).toBeVisible();
    await expect(page.getByText(/^30-minute sessions with .+\. Free cancellation up to 24 hours before\.$/)).toBeVisible();
    // Times are shown in the client's zone: the picker changes it, and the choice is kept in the profile.
    const zonePicker = page.getByLabel('Times shown in');
    await zonePicker.selectOption(CLIENT_ZONE);
    await expect(zonePicker).toHaveValue(CLIENT_ZONE);
    const slot = await showSlot(page, first.id);
    // The provider works 09:00-17:00 in Luxembourg; the client reads the same slot an hour earlier, in London.
    await expect(slot).toHaveAttribute('aria-label', `Book ${london.weekday}, ${london.date}, ${london.time} to ${londonEnd(first)}, ${CLIENT_ZONE}`);
    await shoot(page, testInfo, 'client-book');

    // Step 2: confirm, with a note.
    await slot.click();
    const dialog = page.getByRole('dialog', { name: 'Confirm your consultation' });
    await expect(dialog).toContainText(london.time);
    await expect(dialog).toContainText('Europe/London');
    const note = 'Pricing for the new service line; I will bring last year’s figures.';
    await dialog.getByLabel(/What would you like to discuss/).fill(note);
    await expect(dialog.getByText(`${2000 - note.length} characters left`)).toBeVisible();
    await shoot(page, testInfo, 'client-confirm', { target: dialog });
    await dialog.getByRole('button', { name: 'Book this time' }).click();

    // Step 3: done, with the calendar file.
    await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
    await expect(page.getByText('A confirmation is on its way to sam.taylor@example.com.')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
    const ics = await readFile(await (await download).path(), 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Consultation Session');
    expect(ics).toContain(`DTSTART:${first.startTime.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    const bookedCard = page.locator('main > div').first();
    await shoot(page, testInfo, 'client-booked', { around: [bookedCard, bookedCard] });
    const bookedUrl = page.url();

    // My appointments: tabs, search and filters.
    await page.getByRole('link', { name: 'My appointments' }).click();
    await expect(page.getByText('Times in Europe/London')).toBeVisible();
    await page.getByLabel('Search notes').fill('pricing');
    await page.getByLabel('Status').selectOption('SCHEDULED');
    const listed = page.getByRole('link', { name: new RegExp(`^${london.weekday}, ${london.date}, ${london.time} to .+, scheduled$`) });
    await expect(listed).toHaveCount(1);
    await shoot(page, testInfo, 'client-my-appointments');

    // The appointment: move it to a later time.
    await listed.click();
    await expect(page.getByRole('heading', { name: /^Consultation with / })).toBeVisible();
    await expect(page.getByText('Pricing for the new service line')).toBeVisible();
    await expect(page.getByText(/^You can move or cancel until /)).toBeVisible();
    await page.getByRole('link', { name: 'Reschedule' }).click();
    await expect(page.getByRole('heading', { name: 'Choose a new time' })).toBeVisible();
    await (await showSlot(page, later.id)).click();
    await page.getByRole('dialog', { name: 'Move your consultation here?' }).getByRole('button', { name: 'Move appointment' }).click();
    await expect(page.getByText('Your consultation has been moved.')).toBeVisible();
    await expect(page.getByText(`${wall(later.startTime, CLIENT_ZONE).time}–${londonEnd(later)}`)).toBeVisible();
    await shoot(page, testInfo, 'client-appointment', { around: [page.getByRole('link', { name: '← My appointments' }), page.locator('main > div').first()] });
    const detailsUrl = page.url();

    // The key client steps on a phone, with the same session.
    const phone = await phoneLike(browser, await page.context().storageState());
    await phone.page.goto('/');
    await expect(phone.page.getByRole('heading', { name: 'Book a consultation' })).toBeVisible();
    const phoneSlot = await showSlot(phone.page, forPhone.id);
    await shoot(phone.page, testInfo, 'phone-book', { viewportOnly: true });
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

    // Settings: connect Google Calendar (Google's consent, and back), and every e-mail sent to the client
    // (kept in the outbox here).
    await page.getByRole('link', { name: 'Settings' }).click();
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
    await shoot(page, testInfo, 'client-settings');
    await emails
      .getByRole('listitem')
      .filter({ hasText: /^Booked: consultation with / })
      .getByRole('button', { name: 'View' })
      .click();
    const email = page.getByRole('dialog', { name: /^Booked: consultation with / });
    await expect(email.frameLocator('iframe').locator('body')).toContainText('Sam');
    await shoot(page, testInfo, 'client-email', { target: email, framed: true });
  });
});

test.describe('the provider guide', () => {
  test.use({ viewport: DESKTOP, deviceScaleFactor: 1, timezoneId: PROVIDER_ZONE });

  test('the provider reads the dashboard, runs the calendar and appointments, sets availability and rules, exports, and manages keys and profile', async ({
    page,
    request,
  }, testInfo) => {
    // Three clients have booked the same coming week.
    const week = await weekOfSlots(request);
    const tuesday = week.pick('Tuesday', '09:00');
    const wednesday = week.pick('Wednesday', '14:00');
    const thursday = week.pick('Thursday', '10:30');
    await bookAs(request, { email: 'noah.schmit@example.com', name: 'Noah Schmit' }, tuesday.id, 'Funding round: which investors to approach first.');
    await bookAs(request, { email: 'lea.muller@example.com', name: 'Léa Muller' }, wednesday.id, 'Second opinion on the lease of the new office.');
    await bookAs(request, { email: 'marc.dupont@example.com', name: 'Marc Dupont' }, thursday.id, 'Hiring plan for 2027.');

    await page.goto('/sign-in');
    await signInWithForm(page, 'provider@example.com');
    await page.getByRole('link', { name: 'Practice' }).click();

    // Dashboard.
    await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
    await expect(page.getByText('Appointments, past 8 and next 4 weeks')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bookings per week' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Next 7 days' })).toBeVisible();
    await shoot(page, testInfo, 'provider-dashboard');

    // Calendar: the week with its bookings; block a free slot, then free it again.
    await page.getByRole('tab', { name: 'Calendar' }).click();
    const noah = page.getByRole('button', { name: /^Booked by Noah Schmit: / });
    for (let step = 0; step < 6 && !(await noah.isVisible()); step++) {
      await page.getByRole('button', { name: /next/i }).first().click();
      await noah.waitFor({ state: 'visible', timeout: 2_500 }).catch(() => undefined);
    }
    await expect(noah).toBeVisible();
    await expect(page.getByRole('button', { name: /^Booked by Léa Muller: / })).toBeVisible();
    const free = page.getByRole('button', {
      name: new RegExp(`^Free; activate to block it: ${wall(wednesday.startTime, PROVIDER_ZONE).weekday}, .+, 09:00 to`),
    });
    const freeLabel = (await free.getAttribute('aria-label'))!.replace('Free; activate to block it: ', '');
    await free.click();
    const blocked = page.getByRole('button', { name: `Blocked; activate to free it: ${freeLabel}` });
    await expect(blocked).toBeVisible();
    await shoot(page, testInfo, 'provider-calendar');
    await blocked.click();
    await expect(page.getByRole('button', { name: `Free; activate to block it: ${freeLabel}` })).toBeVisible();

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
    await shoot(page, testInfo, 'provider-appointments');

    // Availability: weekly hours with a lunch break, booking rules, slot generation, days off.
    await page.getByRole('tab', { name: 'Availability' }).click();
    await expect(page.getByLabel('Monday start').first()).toHaveValue('09:00');
    await expect(page.getByLabel('Monday end').nth(1)).toHaveValue('17:00');
    const rules = page.getByRole('region', { name: 'Booking rules' });
    await expect(rules.getByLabel('Clients may cancel or move until')).toHaveValue('24');
    await rules.getByRole('button', { name: 'Save rules' }).click();
    await expect(page.getByText('Booking rules saved.')).toBeVisible();
    const slots = page.getByRole('region', { name: 'Open slots' });
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await slots.getByLabel('Date').fill(inDays(21));
    await slots.getByRole('button', { name: 'Mark as day off' }).click();
    await expect(slots.getByText(`${inDays(21)}: day off`)).toBeVisible();
    await slots.getByLabel('Date').fill(inDays(22));
    await slots.getByLabel('From').nth(1).fill('09:00');
    await slots.getByLabel('To').nth(1).fill('12:00');
    await slots.getByRole('button', { name: 'Set special hours' }).click();
    await expect(slots.getByText(`${inDays(22)}: 09:00–12:00`)).toBeVisible();
    await slots.getByLabel('To').first().fill(inDays(34));
    await slots.getByRole('button', { name: 'Preview' }).click();
    const preview = slots.getByRole('status');
    await expect(preview).toContainText(/[1-9]\d* new slots; \d+ already there; \d+ in the past\./);
    await shoot(page, testInfo, 'provider-availability');
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
    await page.getByLabel('Name').fill('Booking widget');
    await page.getByLabel('Read appointments').check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByRole('status').filter({ hasText: 'Copy this key now; it will not be shown again.' }).locator('code');
    await expect(secret).toBeVisible();
    const asWidget = await request.post('/graphql', {
      headers: { authorization: `ApiKey ${await secret.textContent()}` },
      data: { query: '{ availability { slotMinutes } }' },
    });
    expect(await asWidget.json()).toEqual({ data: { availability: { slotMinutes: 30 } } });
    await expect(page.getByText('availability:read, appointments:read').first()).toBeVisible();
    // The key itself stays out of the picture (and the repository).
    await shoot(page, testInfo, 'provider-exports-and-keys', { mask: [secret] });
    await page.getByRole('button', { name: 'Revoke Booking widget' }).click();
    await expect(page.getByText('Key revoked.')).toBeVisible();

    // Settings: the public profile, Google Calendar, and the log of every e-mail.
    await page.getByRole('link', { name: 'Settings' }).click();
    const profile = page.getByRole('region', { name: 'Your public profile' });
    // The form must show the saved profile before anything is changed (a save sends every field).
    const saved = await (await request.post('/graphql', { data: { query: '{ providerProfile { website } }' } })).json();
    await expect(profile.getByLabel('Website')).toHaveValue(
      (saved as { data: { providerProfile: { website: string | null } } }).data.providerProfile.website ?? '',
    );
    await profile.getByLabel('Phone').fill('+352 621 123 456');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Profile saved.')).toBeVisible();
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
