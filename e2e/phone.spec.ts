import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { freeSlots, SCREENSHOTS, signInWithForm } from '../test/e2e-helpers.js';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 800 },
] as const;
type Size = (typeof SIZES)[number];

const CLIENT = { email: 'phone.client@example.com', name: 'Robin Phone' };

/** A client with one booked appointment (a later slot: the other specs take the first ones); its id. */
async function bookedAppointment(request: APIRequestContext): Promise<string> {
  const signIn = await request.post('/graphql', {
    data: { query: 'mutation($e: String!, $n: String) { devSignIn(email: $e, name: $n) { token } }', variables: { e: CLIENT.email, n: CLIENT.name } },
  });
  const token = ((await signIn.json()) as { data: { devSignIn: { token: string } } }).data.devSignIn.token;
  const [slot] = await freeSlots(request, 1, 40);
  const booking = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      query:
        'mutation($s: ID!) { bookAppointment(input: { slotId: $s, notes: "Phone layout check" }) { __typename ... on BookAppointmentSuccess { appointment { id } } } }',
      variables: { s: slot!.id },
    },
  });
  const answer = ((await booking.json()) as { data: { bookAppointment: { __typename: string; appointment?: { id: string } } } }).data.bookAppointment;
  expect(answer.__typename).toBe('BookAppointmentSuccess');
  return answer.appointment!.id;
}

async function newPage(browser: Browser, size: Size): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    isMobile: size.name === 'phone',
    hasTouch: size.name === 'phone',
  });
  return context.newPage();
}

/** Nothing wider than the screen, and no WCAG 2.1 A/AA violation of any impact. */
async function checkPage(page: Page, size: Size, label: string, options: { axe?: boolean; exclude?: string } = {}) {
  await page.waitForLoadState('networkidle');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${label}: page width at ${size.width} px`).toBeLessThanOrEqual(size.width);
  await page.screenshot({ path: `${SCREENSHOTS}/${size.name}-${label.replaceAll(/\W+/g, '-').toLowerCase()}.png`, fullPage: true });
  if (options.axe === false) return;
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const axe = await (options.exclude ? builder.exclude(options.exclude) : builder).analyze();
  const found = axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, `${label}: axe at ${size.width} px`).toEqual([]);
}

/** The element is on screen in full: inside the viewport, not cut off. */
async function expectInViewport(page: Page, locator: ReturnType<Page['locator']>, size: Size) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
}

let appointmentId = '';
test.beforeAll(async ({ request }) => {
  appointmentId = await bookedAppointment(request);
});

for (const size of SIZES) {
  test(`a client's pages fit ${size.width}x${size.height} and pass axe`, async ({ browser }) => {
    const page = await newPage(browser, size);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkPage(page, size, 'booking');

    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await checkPage(page, size, 'sign-in');
    await signInWithForm(page, CLIENT.email);

    await page.goto('/appointments');
    const item = page
      .getByRole('main')
      .getByRole('listitem')
      .getByRole('link', { name: /, scheduled$/ })
      .first();
    await expect(item).toBeVisible();
    await checkPage(page, size, 'my appointments');
    // A backwards period is said under "To", not shown as a failure to load.
    await page.getByLabel('From', { exact: true }).fill('2030-02-10');
    await page.getByLabel('To', { exact: true }).fill('2030-02-01');
    await expect(page.getByLabel('To', { exact: true })).toHaveAccessibleDescription('Must not be before "From".');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('could not be loaded')).toHaveCount(0);
    await checkPage(page, size, 'my appointments backwards');

    await page.goto(`/appointments/${appointmentId}`);
    await expect(page.getByRole('heading', { name: /^Consultation with/ })).toBeVisible();
    await checkPage(page, size, 'appointment details');

    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'E-mails' })).toBeVisible();
    const view = page.getByRole('button', { name: 'View' }).first();
    await expect(view).toBeVisible({ timeout: 20_000 });
    await checkPage(page, size, 'settings');
    await view.click();
    const viewer = page.getByRole('dialog');
    const close = viewer.getByRole('button', { name: 'Close' });
    await expectInViewport(page, close, size);
    // The e-mail itself is shown in a sandboxed frame that runs no script, so axe cannot look inside it.
    await checkPage(page, size, 'e-mail viewer', { exclude: 'dialog iframe' });
    await close.click();
    await expect(viewer).toHaveCount(0);
    await expect(view).toBeFocused();
    await page.context().close();
  });

  test(`the practice's pages fit ${size.width}x${size.height} and pass axe`, async ({ browser }) => {
    const page = await newPage(browser, size);
    await page.goto('/sign-in');
    await signInWithForm(page, 'provider@example.com');
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Your public profile' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'View' }).first()).toBeVisible({ timeout: 20_000 });
    await checkPage(page, size, 'provider settings');

    await page.goto('/admin');
    await expect(page.getByRole('heading', { name: 'Next 7 days' })).toBeVisible();
    await checkPage(page, size, 'practice dashboard');

    await page.getByRole('tab', { name: 'Calendar' }).click();
    await expect(page.getByRole('button', { name: /; activate / }).first()).toBeVisible();
    await checkPage(page, size, 'practice calendar');

    await page.getByRole('tab', { name: 'Appointments' }).click();
    const cancel = page.getByRole('button', { name: /^Cancel: / }).first();
    await expect(cancel).toBeVisible();
    await checkPage(page, size, 'practice appointments');
    await cancel.click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this appointment?' });
    await expectInViewport(page, dialog, size);
    await expectInViewport(page, dialog.getByRole('button', { name: 'Cancel appointment' }), size);
    await checkPage(page, size, 'practice cancel dialog');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('tab', { name: 'Availability' }).click();
    await expect(page.getByRole('heading', { name: 'Weekly hours' })).toBeVisible();
    await expect(page.getByText('Closed').first()).toBeVisible();
    await checkPage(page, size, 'practice availability');

    await page.getByRole('tab', { name: 'Exports & API keys' }).click();
    await expect(page.getByRole('button', { name: 'Create key' })).toBeVisible();
    await checkPage(page, size, 'practice exports and keys');
    await page.context().close();
  });
}
