import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { freeSlots, SCREENSHOTS, signInWithForm } from '../test/e2e-helpers.js';

/** Books a free slot for `email` through the API and returns the appointment's id. */
async function bookThroughApi(request: APIRequestContext, email: string, skip: number): Promise<string> {
  const [slot] = await freeSlots(request, 1, skip);
  const signIn = await request.post('/graphql', { data: { query: `mutation { devSignIn(email: "${email}") { token } }` } });
  const { token } = ((await signIn.json()) as { data: { devSignIn: { token: string } } }).data.devSignIn;
  const booked = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      query: 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id } } } }',
      variables: { id: slot!.id },
    },
  });
  const id = ((await booked.json()) as { data: { bookAppointment: { appointment?: { id: string } } } }).data.bookAppointment.appointment?.id;
  expect(id).toBeTruthy();
  return id!;
}

const signIn = async (page: Page, email: string) => {
  await page.goto('/sign-in');
  await signInWithForm(page, email);
};

const focusedHeading = (page: Page) => page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));

test('every page has a title of its own that says what it is', async ({ page, request }) => {
  const appointmentId = await bookThroughApi(request, 'titles@example.com', 11);
  const titles = new Map<string, string>();
  const visit = async (path: string, title: string) => {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    titles.set(path, title);
  };

  await visit('/', 'Book a time · Slotline');
  await visit('/sign-in', 'Sign in · Slotline');
  await visit('/no-such-page', 'Page not found · Slotline');
  await signIn(page, 'titles@example.com');
  await visit('/appointments', 'My appointments · Slotline');
  await visit(`/appointments/${appointmentId}`, 'Appointment details · Slotline');
  await visit(`/booked/${appointmentId}`, 'Booking confirmed · Slotline');
  await visit('/appointments/00000000-0000-4000-8000-000000000000', 'Appointment not found · Slotline');
  await visit('/booked/00000000-0000-4000-8000-000000000000', 'Booking not found · Slotline');
  await visit('/settings', 'Settings · Slotline');
  await visit('/admin', 'Practice · Slotline');

  await signIn(page, 'provider@example.com');
  await visit('/admin', 'Practice · Dashboard · Slotline');
  await page.getByRole('tab', { name: 'Calendar' }).click();
  await expect(page).toHaveTitle('Practice · Calendar · Slotline');

  expect(new Set(titles.values()).size).toBe(titles.size);
});

test('an unknown address answers 404 with a page that leads back', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  const heading = page.getByRole('heading', { level: 1, name: 'Page not found' });
  await expect(heading).toBeVisible();
  await expect(page.getByText('There is no page at this address.')).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  const ways = page.getByRole('navigation', { name: 'Ways back' });
  await expect(ways.getByRole('link', { name: 'My appointments' })).toHaveAttribute('href', '/appointments');
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.screenshot({ path: `${SCREENSHOTS}/not-found.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/not-found-phone.png`, fullPage: true });
  await ways.getByRole('link', { name: 'Book a consultation' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Book a consultation' })).toBeVisible();

  // An appointment that does not exist (or is someone else's) gets the same page, from a known route.
  await signIn(page, 'lost@example.com');
  const known = await page.goto('/appointments/00000000-0000-4000-8000-000000000000');
  expect(known?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Appointment not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Ways back' }).getByRole('link', { name: 'My appointments' })).toBeVisible();
});

test('after a keyboard navigation, focus lands on the new page heading and the page is announced', async ({ page }) => {
  await signIn(page, 'keyboard@example.com');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Book a consultation' })).toBeVisible();
  // A fresh page load leaves focus where the browser puts it.
  expect(await focusedHeading(page)).toBeNull();
  const announcer = page.getByTestId('route-announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await expect(announcer).toHaveText('');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'My appointments' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/appointments$/);
  await expect.poll(() => focusedHeading(page)).toBe('My appointments');
  await expect(announcer).toHaveText('My appointments · Slotline');
  // The heading takes focus without becoming a stop in the tab order.
  await expect(page.getByRole('heading', { level: 1, name: 'My appointments' })).toHaveAttribute('tabindex', '-1');
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.screenshot({ path: `${SCREENSHOTS}/focus-after-navigation.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/focus-after-navigation-phone.png` });
  await page.setViewportSize({ width: 1280, height: 900 });

  await nav.getByRole('link', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedHeading(page)).toBe('Settings');
  await expect(announcer).toHaveText('Settings · Slotline');

  // Back in history is a route change too.
  await page.goBack();
  await expect.poll(() => focusedHeading(page)).toBe('My appointments');
});

test('after a reload, an offline move to a page whose code never loaded shows the friendly error page', async ({ page, context }) => {
  await signIn(page, 'offline-reload@example.com');
  await page.goto('/appointments');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My appointments' })).toBeVisible();
  await context.setOffline(true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const problem = page.getByRole('alert').filter({ hasText: 'You seem to be offline' });
  await expect(problem).toBeVisible();
  await expect(page).toHaveTitle('You seem to be offline · Slotline');
  await expect(page.getByText(/Unexpected Application Error|Hey developer/)).toHaveCount(0);
  await context.setOffline(false);
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});
