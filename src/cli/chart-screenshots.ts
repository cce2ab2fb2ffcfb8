/**
 * Screenshots of every chart on a built page, at phone and desktop widths, light and
 * dark, with and without JavaScript, for reviewing the design by eye. They go to
 * test-results/ (ignored by git): never commit them.
 *
 *   node src/cli/chart-screenshots.ts [--base http://127.0.0.1:4321] [--page /] [--out test-results/chart-screenshots]
 *
 * Serve the built site first (npm run preview).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumOrExit } from './browser.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const base = option('base', 'http://127.0.0.1:4321');
const path = option('page', '/');
const out = option('out', 'test-results/chart-screenshots');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumOrExit(), args: CHROMIUM_ARGS });
for (const javaScriptEnabled of [true, false]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled, reducedMotion: 'reduce' });
      await page.goto(new URL(path, base).href);
      const charts = page.locator('figure.chart');
      for (let i = 0; i < (await charts.count()); i++) {
        const chart = charts.nth(i);
        await chart.scrollIntoViewIfNeeded();
        if (javaScriptEnabled) await chart.locator('budget-chart.is-enhanced, [data-chart-kind].is-enhanced').waitFor();
        const file = join(out, `chart-${i}-${width}-${colorScheme}-${javaScriptEnabled ? 'js' : 'nojs'}.png`);
        await chart.screenshot({ path: file });
        process.stdout.write(`${file}\n`);
      }
      await page.close();
    }
  }
}
await browser.close();
