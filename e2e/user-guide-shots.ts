// What the user-guide walk (user-guide.spec.ts) needs besides the browser: where and how it takes its
// pictures, and a week of free slots that every run can show whole.
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { freeSlots } from '../test/e2e-helpers.js';

const GUIDE_IMAGES = 'docs/user-guide/images';
export const PROVIDER_ZONE = 'Europe/Luxembourg';
// Toasts come and go on a timer: left out of the pictures, and checked by assertions instead.
// (The toast region is the fixed live region; the picker's month heading is live too, and stays.)
const HIDE_TOASTS = 'div.fixed[aria-live="polite"] { visibility: hidden !important; }';

export type Slot = { id: string; startTime: string };

/**
 * Photographs the page once nothing is loading any more: the whole page, the viewport, just `target`, or
 * the part of the page from the top of `around[0]` to the bottom of `around[1]`, with a margin.
 */
export async function shoot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: { target?: Locator; around?: [Locator, Locator]; viewportOnly?: boolean; mask?: Locator[]; framed?: boolean } = {},
) {
  // A sandboxed srcdoc frame never reports the network idle; the caller waits for its content instead.
  if (!options.framed) await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0);
  // No hover highlight from the last click.
  await page.mouse.move(0, 0);
  const path = process.env.UPDATE_GUIDE_SCREENSHOTS === '1' ? `${GUIDE_IMAGES}/${name}.png` : testInfo.outputPath(`${name}.png`);
  const settings = { path, animations: 'disabled' as const, caret: 'hide' as const, style: HIDE_TOASTS, mask: options.mask, maskColor: '#cbd5e1' };
  if (options.target) await options.target.screenshot(settings);
  else if (options.around) await page.screenshot({ ...settings, fullPage: true, clip: await spanning(page, ...options.around) });
  else await page.screenshot({ ...settings, fullPage: !options.viewportOnly });
}

/** The page area (in page coordinates) from the top of `first` to the bottom of `last`, 24 pixels around. */
async function spanning(page: Page, first: Locator, last: Locator) {
  const margin = 24;
  const [top, bottom] = [(await first.boundingBox())!, (await last.boundingBox())!];
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  const x = Math.max(0, Math.min(top.x, bottom.x) - margin);
  const right = Math.max(top.x + top.width, bottom.x + bottom.width) + margin;
  const y = Math.max(0, top.y + scroll.y - margin);
  return { x: x + scroll.x, y, width: right - x, height: bottom.y + bottom.height + scroll.y + margin - y };
}

/** The wall-clock parts of an instant in a zone. */
export function wall(iso: string, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return { weekday: parts.weekday!, date: `${parts.day} ${parts.month} ${parts.year}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The free slots of one coming week (Monday to Friday in the provider's zone, at least two days away), so that
 * every run shows a whole week; and the first of them on `weekday` at `time` or later. The week chosen is the
 * first whose days have free times at each of `needs` (the demo data and other tests book some of them).
 */
export async function weekOfSlots(request: Page['request'], needs: [weekday: string, time: string][]) {
  const all = await freeSlots(request, 2_000);
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const tuesdays = all.filter((slot) => Date.parse(slot.startTime) > Date.now() + 2 * 86_400_000 && wall(slot.startTime, PROVIDER_ZONE).weekday === 'Tuesday');
  const find = (monday: number, weekday: string, time: string, except: Slot[]) => {
    const date = wall(new Date(monday + days.indexOf(weekday) * 86_400_000).toISOString(), PROVIDER_ZONE).date;
    const slot = all.find((candidate) => {
      const at = wall(candidate.startTime, PROVIDER_ZONE);
      return at.date === date && at.time >= time && !except.some((taken) => taken.id === candidate.id);
    });
    return { date, slot };
  };
  const monday = tuesdays
    .map((tuesday) => Date.parse(tuesday.startTime) - 86_400_000)
    .find((candidate) => needs.every(([weekday, time]) => find(candidate, weekday, time, []).slot));
  expect(monday, `a coming week with free times at ${needs.map((need) => need.join(' ')).join(', ')}`).toBeDefined();
  return {
    pick(weekday: string, time: string, except: Slot[] = []): Slot {
      const { date, slot } = find(monday!, weekday, time, except);
      expect(slot, `a free slot on ${date} from ${time}`).toBeDefined();
      return slot!;
    },
  };
}
