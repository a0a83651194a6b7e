import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInWithForm } from '../test/e2e-helpers.js';

// Every form says each problem under its own field (the control is invalid and described by the message),
// forgets it as soon as that field is edited, refuses an emptied number instead of saving 0, and says a
// success next to the form.

async function expectProblem(control: Locator, message: string | RegExp) {
  await expect(control).toHaveAttribute('aria-invalid', 'true');
  await expect(control).toHaveAccessibleDescription(message);
}

async function expectNoProblem(control: Locator) {
  await expect(control).not.toHaveAttribute('aria-invalid', 'true');
  await expect(control).toHaveAccessibleDescription('');
}

async function practiceTab(page: Page, tab: string) {
  await page.goto('/sign-in');
  await signInWithForm(page, 'provider@example.com');
  await page.goto('/admin');
  await page.getByRole('tab', { name: tab }).click();
}

test('booking rules: an emptied number is required, a refused one is said under it, edits clear it', async ({ page }) => {
  await practiceTab(page, 'Availability');
  const rules = page.getByRole('region', { name: 'Booking rules' });
  const daysAhead = rules.getByLabel('Bookable up to');
  const buffer = rules.getByLabel('Buffer after each slot');
  const saved = await daysAhead.inputValue();
  await daysAhead.fill('');
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expectProblem(daysAhead, 'Required');
  await expectNoProblem(buffer);
  // Nothing was saved: after a reload the old value is there, not 0.
  await page.reload();
  await page.getByRole('tab', { name: 'Availability' }).click();
  await expect(daysAhead).toHaveValue(saved);

  await daysAhead.fill('0');
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expectProblem(daysAhead, 'Days ahead must be 1 to 730.');
  await expect(rules.getByRole('status')).toHaveText('');
  await daysAhead.fill('6');
  await expectNoProblem(daysAhead);
  await daysAhead.fill(saved);
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expect(rules.getByRole('status')).toHaveText('Booking rules saved.');
});

test('weekly hours: an emptied slot length is required', async ({ page }) => {
  await practiceTab(page, 'Availability');
  const hours = page.getByRole('region', { name: 'Weekly hours' });
  const length = hours.getByLabel('Slot length (minutes)');
  await length.fill('');
  await hours.getByRole('button', { name: 'Review and save' }).click();
  await expectProblem(length, 'Required');
  await length.fill('30');
  await expectNoProblem(length);
});

test('slot generation: a refused date is said under it', async ({ page }) => {
  await practiceTab(page, 'Availability');
  const generator = page.getByRole('region', { name: 'Open slots' });
  const from = generator.getByLabel('From');
  await from.fill('');
  await generator.getByRole('button', { name: 'Preview' }).click();
  await expectProblem(from, '"from" must be a date "YYYY-MM-DD".');
  await from.fill(new Date().toISOString().slice(0, 10));
  await expectNoProblem(from);
});

test('public profile: the server refusal is under its field, editing clears it, success is said by the form', async ({ page }) => {
  await page.goto('/sign-in');
  await signInWithForm(page, 'provider@example.com');
  await page.goto('/settings');
  const profile = page.getByRole('region', { name: 'Your public profile' });
  const website = profile.getByLabel('Website');
  const email = profile.getByLabel('Contact e-mail');
  const [savedWebsite, savedEmail] = [await website.inputValue(), await email.inputValue()];
  await website.fill('ftp://files.example.com');
  await email.fill('not an address');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expectProblem(website, 'Enter a web address starting with https://.');
  await expectProblem(email, 'Enter a valid e-mail address.');
  await website.fill('https://consulting.example.com');
  await expectNoProblem(website);
  await expectProblem(email, 'Enter a valid e-mail address.');
  await email.fill(savedEmail);
  await expectNoProblem(email);
  await website.fill(savedWebsite);
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByRole('status')).toHaveText('Profile saved.');
});

test('API keys: a blank name and no scope are refused under their fields', async ({ page }) => {
  await practiceTab(page, 'Exports & API keys');
  const keys = page.getByRole('region', { name: 'API keys' });
  const name = keys.getByLabel('Name');
  const scopes = keys.getByRole('group', { name: 'Allowed to' });
  await name.fill('   ');
  await scopes.getByLabel('Read availability').uncheck();
  await keys.getByRole('button', { name: 'Create key' }).click();
  await expectProblem(name, 'Give the key a name.');
  await expect(scopes).toHaveAccessibleDescription('Choose at least one scope.');
  await name.fill('Booking widget');
  await expectNoProblem(name);
  await expect(scopes).toHaveAccessibleDescription('Choose at least one scope.');
  await scopes.getByLabel('Read appointments').check();
  await expect(scopes).toHaveAccessibleDescription('');
  await keys.getByRole('button', { name: 'Create key' }).click();
  await expect(keys.getByText('Copy this key now; it will not be shown again.')).toBeVisible();
});

test('export: an empty date is required and a backwards period is refused under "To"', async ({ page }) => {
  await practiceTab(page, 'Exports & API keys');
  const exports = page.getByRole('region', { name: 'Export appointments' });
  const from = exports.getByLabel('From');
  const to = exports.getByLabel('To');
  await from.fill('');
  await exports.getByRole('button', { name: 'Download CSV' }).click();
  await expectProblem(from, 'Required');
  await from.fill('2030-03-10');
  await expectNoProblem(from);
  await to.fill('2030-03-01');
  await exports.getByRole('button', { name: 'Download CSV' }).click();
  await expectProblem(to, '"to" must not be before "from".');
  await to.fill('2030-03-20');
  await expectNoProblem(to);
  const download = page.waitForEvent('download');
  await exports.getByRole('button', { name: 'Download CSV' }).click();
  await download;
  await expect(exports.getByRole('status')).toHaveText('Appointments from 2030-03-10 to 2030-03-20 downloaded as CSV.');
});

test('cancelling for a client: a refused reason is said under it, in the dialog', async ({ page }) => {
  await practiceTab(page, 'Appointments');
  await page
    .getByRole('button', { name: /^Cancel: / })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this appointment?' });
  const reason = dialog.getByLabel('Reason for the client');
  // A control character: the server refuses it (it could forge e-mail lines).
  await reason.fill('Travel\u0007');
  await dialog.getByRole('button', { name: 'Cancel appointment' }).click();
  await expectProblem(reason, 'The reason cannot contain control characters.');
  await expect(dialog).toBeVisible();
  await reason.fill('Travel');
  await expectNoProblem(reason);
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
});

test('my appointments: a period that cannot hold anything is said under its field, not as a failure to load', async ({ page }) => {
  await page.goto('/sign-in');
  await signInWithForm(page, 'filters.client@example.com');
  await page.goto('/appointments');
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  await to.fill('2020-01-31');
  await expectProblem(to, 'Upcoming appointments start after now.');
  await to.fill('');
  await expectNoProblem(to);
  await page.getByRole('tab', { name: 'past' }).click();
  await from.fill('2099-01-01');
  await expectProblem(from, 'Past appointments start before now.');
  await expect(page.getByText('No past appointments')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await from.fill('2020-01-01');
  await expectNoProblem(from);
  await to.fill('2019-12-01');
  await expectProblem(to, 'Must not be before "From".');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
