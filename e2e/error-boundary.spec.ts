import { expect, test } from '@playwright/test';
import { SCREENSHOTS } from '../test/e2e-helpers.js';

test('a page that cannot load while offline shows a friendly page with a way to retry, never a stack trace', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Book a consultation' })).toBeVisible();

  // The sign-in page's code was never downloaded: going there offline must fail gracefully.
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Sign in' }).click();

  const problem = page.getByRole('alert').filter({ hasText: 'You seem to be offline' });
  await expect(problem).toBeVisible();
  await expect(problem.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(problem.getByRole('link', { name: 'Back to booking' })).toBeVisible();
  await expect(page.getByText(/Unexpected Application Error|Hey developer/)).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/error-offline.png`, fullPage: true });

  await context.setOffline(false);
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('on a phone, the friendly page fits the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Book a consultation' })).toBeVisible();
  // A page's code failing to download, as when a deployment replaced it.
  await page.route(/\/assets\/sign-in-page-[\w-]+\.js$/, (route) => route.abort());
  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/error-chunk-phone.png`, fullPage: true });
  await context.close();
});
