/**
 * axe on every page, at phone and desktop widths, in light and dark, after every chart has
 * been enhanced (charts take over when they come into view), with the label-in-name check
 * (WCAG 2.5.3, still flagged experimental in axe, so enabled by name).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;
const LABEL_IN_NAME = 'label-content-name-mismatch';

/**
 * Brings each chart into view, as following a link to it does (the DOM's scrollIntoView, which
 * lays out a `content-visibility: auto` figure first; Playwright's scrollIntoViewIfNeeded aims at
 * the middle of a chart taller than the figure's placeholder and leaves the figure unrendered),
 * and waits until its enhancer has taken over.
 */
async function enhanceCharts(page: Page): Promise<void> {
  for (const chart of await page.locator('[data-chart-kind]').all()) {
    await chart.evaluate((e) => e.scrollIntoView());
    await expect(chart).toHaveClass(/is-enhanced/);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

// axe on a long article, after every chart is enhanced, takes tens of seconds on a busy 2-core machine: give it room.
test.describe.configure({ timeout: 120_000 });

for (const path of builtPages()) {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      test(`axe finds nothing on ${path} in ${scheme} at ${width} px`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await enhanceCharts(page);
        const axe = new AxeBuilder({ page }).withTags(TAGS).options({ rules: { [LABEL_IN_NAME]: { enabled: true } } });
        // The preview page frames every embed three times; each embed is checked on its own page
        // (/embed/<id>/), and axe would count the framed documents' <main>s as this page's landmarks.
        if (path === '/graphiques/apercu/') axe.exclude('iframe');
        const { violations } = await axe.analyze();
        const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(scroll, 'horizontal scroll').toBeLessThanOrEqual(0);
      });
    }
  }
}
