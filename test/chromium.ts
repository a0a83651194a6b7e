import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium as the e2e suite and the bench launch it: Playwright's own browser download is
 * not possible offline, and without the background-networking flags Chromium keeps calling out.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};
