import { AxeBuilder } from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { freeSlots, SCREENSHOTS, showSlot, signInWithForm } from '../test/e2e-helpers.js';

/** Clicks "Add to calendar" and returns the downloaded .ics as unfolded content lines. */
async function downloadIcs(page: Page): Promise<string[]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  expect((await download).suggestedFilename()).toBe('consultation.ics');
  const text = await readFile(await (await download).path(), 'utf8');
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

const icsStamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

test.describe('a client', () => {
  test('signs in, is sent back, books in three steps, cancels and reschedules', async ({ page, request }) => {
    const [first, second] = await freeSlots(request, 2, 5);

    await page.goto('/appointments');
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.screenshot({ path: `${SCREENSHOTS}/sign-in.png`, fullPage: true });
    await signInWithForm(page, 'e2e.client@example.com', 'Eva Client');
    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByRole('heading', { name: 'My appointments' })).toBeVisible();

    // Step 1: pick a time.
    await page.getByRole('link', { name: 'Book', exact: true }).click();
    await page.screenshot({ path: `${SCREENSHOTS}/book.png`, fullPage: true });
    await (await showSlot(page, first!.id)).click();
    // Step 2: confirm, with notes.
    const dialog = page.getByRole('dialog', { name: 'Confirm your consultation' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/What would you like to discuss/).fill('Expansion into Belgium');
    await page.screenshot({ path: `${SCREENSHOTS}/confirm.png` });
    await dialog.getByRole('button', { name: 'Book this time' }).click();
    // Step 3: done.
    await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add to calendar (.ics)' })).toBeVisible();
    await expect(page.getByText('Where: 12 rue Notre-Dame, 2240 Luxembourg')).toBeVisible();
    const bookedUrl = page.url();
    const appointmentId = bookedUrl.split('/booked/')[1]!;
    const booked = await downloadIcs(page);
    // A file to import: PUBLISH, with the organizer, the place and the invitation's UID and SEQUENCE (RFC 5546 3.2.1).
    expect(booked).toEqual(
      expect.arrayContaining([
        'METHOD:PUBLISH',
        `UID:${appointmentId}@slotline`,
        'SEQUENCE:0',
        `DTSTART:${icsStamp(first!.startTime)}`,
        'ORGANIZER;CN=Claire Weber:mailto:provider@example.com',
        'LOCATION:12 rue Notre-Dame\\, 2240 Luxembourg',
        'DESCRIPTION:Expansion into Belgium',
      ]),
    );
    expect(booked.some((line) => line.startsWith('ATTENDEE'))).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/booked.png`, fullPage: true });

    await page.getByRole('link', { name: 'View appointment' }).click();
    await expect(page.getByText('Expansion into Belgium')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/appointment.png`, fullPage: true });

    // Reschedule to the second slot.
    await page.getByRole('link', { name: 'Reschedule' }).click();
    await expect(page.getByRole('heading', { name: 'Choose a new time' })).toBeVisible();
    const firstDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'long', day: 'numeric', month: 'long' }).format(
      new Date(first!.startTime),
    );
    await expect(page.getByText(new RegExp(`^Moving your appointment on ${firstDay}, \\d\\d:\\d\\d–\\d\\d:\\d\\d, Paris time \\(GMT\\+1\\)$`))).toBeVisible();
    await (await showSlot(page, second!.id)).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Move appointment' }).click();
    await expect(page.getByText('Your consultation has been moved.')).toBeVisible();
    await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]+$/);
    // The file downloaded now replaces the first one: same UID, the next SEQUENCE, the new time.
    const appointmentUrl = page.url();
    await page.goto(bookedUrl);
    await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
    const moved = await downloadIcs(page);
    expect(moved).toEqual(expect.arrayContaining([`UID:${appointmentId}@slotline`, 'SEQUENCE:1', `DTSTART:${icsStamp(second!.startTime)}`]));
    await page.goto(appointmentUrl);

    // Cancel with a reason.
    await page.getByRole('button', { name: 'Cancel appointment' }).click();
    const cancelDialog = page.getByRole('dialog', { name: 'Cancel this consultation?' });
    await cancelDialog.getByLabel(/Reason/).fill('Plans changed');
    await cancelDialog.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(page.getByText('Plans changed')).toBeVisible();

    await page.getByRole('link', { name: '← My appointments' }).click();
    await page.getByRole('tab', { name: 'upcoming' }).click();
    await page.getByLabel('Status').selectOption('CANCELLED');
    await expect(page.getByRole('link', { name: /cancelled$/ })).toHaveCount(1);
    await page.screenshot({ path: `${SCREENSHOTS}/my-appointments.png`, fullPage: true });

    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'E-mails' })).toBeVisible();
    await expect(page.getByText(/^Cancelled: consultation/).first()).toBeVisible({ timeout: 15_000 });
    await page.screenshot({ path: `${SCREENSHOTS}/settings.png`, fullPage: true });
  });

  test('picks a time before signing in, signs in, and finds the choice waiting; the session survives a reload', async ({ page, request }) => {
    const [slot] = await freeSlots(request, 1, 21);
    await page.goto('/');
    await (await showSlot(page, slot!.id)).click();
    await page.getByRole('button', { name: 'Book this time' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await signInWithForm(page, 'later@example.com');
    await expect(page.getByRole('dialog', { name: 'Confirm your consultation' })).toBeVisible();
    await page.getByRole('button', { name: 'Book this time' }).click();
    await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
    await page.getByRole('link', { name: 'My appointments' }).click();
    await page.getByLabel('Search notes').fill('nothing like this');
    await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
    await page.getByLabel('Search notes').fill('');
    await expect(page.getByRole('link', { name: /scheduled$/ })).toHaveCount(1);
  });

  test('books on a phone', async ({ browser, request }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const [slot] = await freeSlots(request, 1, 9);
    await page.goto('/sign-in');
    await signInWithForm(page, 'phone@example.com');
    await page.goto('/');
    await (await showSlot(page, slot!.id)).click();
    await page.screenshot({ path: `${SCREENSHOTS}/phone-confirm.png` });
    await page.getByRole('button', { name: 'Book this time' }).click();
    await expect(page.getByRole('heading', { name: "You're booked" })).toBeVisible();
    await page.goto('/');
    await expect(page.locator('[data-slot]').first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/phone-book.png`, fullPage: true });
    await context.close();
  });

  test('can pick and confirm with the keyboard; Escape closes the dialog and focus returns', async ({ page, request }) => {
    const [slot] = await freeSlots(request, 1, 12);
    await page.goto('/');
    const button = await showSlot(page, slot!.id);
    await expect(button).toHaveAttribute('aria-label', /^\d\d:\d\d–\d\d:\d\d, \w+day, \d+ \w+ \d{4}, Paris time \(GMT\+1\): book$/);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('pages have no serious accessibility violations', async ({ page }) => {
    const check = async (path: string) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${path}: ${violation.id} ${JSON.stringify(violation.nodes[0]?.target)}`)).toEqual([]);
    };
    await check('/');
    await check('/sign-in');
    await signInWithForm(page, 'axe@example.com');
    await check('/appointments');
    await check('/settings');
  });
});
