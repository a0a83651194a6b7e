import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../test/chromium.js';

const DIST = 'web/dist';

/**
 * Gzipped size of the JavaScript the booking page needs before it is usable: the entry
 * script, its preloaded chunks, and the lazily loaded booking page with its imports.
 */
export function initialJavaScriptKb(): { kb: number; files: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const assets = readdirSync(join(DIST, 'assets'));
  const entry = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!);
  const needed = new Set(entry);
  const queue = [...entry, ...assets.filter((name) => name.startsWith('book-page-') && name.endsWith('.js'))];
  while (queue.length > 0) {
    const file = queue.pop()!;
    needed.add(file);
    const source = readFileSync(join(DIST, 'assets', file), 'utf8');
    // Static imports only: dynamically imported chunks (other pages, Firebase) load later.
    for (const match of source.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      if (!needed.has(match[1]!)) queue.push(match[1]!);
    }
  }
  const bytes = [...needed].reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, 'assets', file))).length, 0);
  return { kb: bytes / 1024, files: needed.size };
}

/** Time from navigation until the first free slot can be clicked, in Debian's Chromium. */
export async function bookingPageInteractiveMs(url: string, runs = 5): Promise<number[]> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(url);
      // Slots appear when the week has any; else the calendar's empty state is interactive.
      await page.locator('[data-slot], .fc-event, [role="tab"]').first().waitFor({ state: 'visible', timeout: 15_000 });
      times.push(performance.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}
