/** axe on every page, at phone and desktop widths, in light and dark. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

// axe on a long article takes seconds on a busy 2-core machine: give it room.
test.describe.configure({ timeout: 120_000 });

for (const path of builtPages()) {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      test(`axe finds nothing on ${path} in ${scheme} at ${width} px`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(scroll, 'horizontal scroll').toBeLessThanOrEqual(0);
      });
    }
  }
}
