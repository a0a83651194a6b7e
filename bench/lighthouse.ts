import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumLaunchOptions } from '../test/chromium.js';

export interface LighthouseScores {
  /** 0-100, as Lighthouse shows them. */
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Accessibility audits that did not pass, by id. */
  failedAccessibility: string[];
}

/**
 * Lighthouse's mobile run (its default: a mid-range phone on a slow 4G link, simulated) of one page,
 * in Debian's Chromium. Three runs, the median performance kept: one run varies by a few points.
 */
export async function lighthouseMobile(url: string, runs = 3): Promise<LighthouseScores> {
  const results: LighthouseScores[] = [];
  const failures: string[] = [];
  for (let run = 0; run < runs; run++) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumLaunchOptions.executablePath,
      chromeFlags: [...(chromiumLaunchOptions.args ?? []).filter((flag) => flag !== '--headless'), '--headless=new'],
    });
    try {
      const answer = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error', output: 'json' });
      if (!answer) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, runtimeError } = answer.lhr;
      // A run that could not measure (e.g. no contentful paint seen) says so here and scores 0: not a result.
      if (runtimeError || categories.performance!.score === null) {
        failures.push(runtimeError?.message ?? 'no performance score');
        continue;
      }
      const accessibilityIds = categories.accessibility!.auditRefs.map((ref) => ref.id);
      results.push({
        performance: Math.round((categories.performance!.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility!.score ?? 0) * 100),
        lcpMs: audits['largest-contentful-paint']!.numericValue ?? Number.NaN,
        cls: audits['cumulative-layout-shift']!.numericValue ?? Number.NaN,
        tbtMs: audits['total-blocking-time']!.numericValue ?? Number.NaN,
        failedAccessibility: accessibilityIds.filter((id) => audits[id]?.score === 0),
      });
    } finally {
      chrome.kill();
    }
  }
  if (results.length === 0) throw new Error(`Lighthouse could not measure ${url}: ${failures.join('; ')}`);
  results.sort((a, b) => a.performance - b.performance);
  return results[Math.floor(results.length / 2)]!;
}
