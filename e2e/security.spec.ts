import { expect, test } from '@playwright/test';
import { signInWithForm } from '../test/e2e-helpers.js';

test('every page works under the content security policy, with no violation reported', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(page.getByRole('heading').first()).toBeVisible();
  await page.goto('/sign-in');
  await signInWithForm(page, 'provider@example.com');
  for (const path of ['/', '/appointments', '/settings', '/admin']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
  }
});
