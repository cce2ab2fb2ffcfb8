/**
 * A chart's address pasted into WordPress: WordPress fetches its oEmbed document, keeps only
 * the iframe (no style, no script), sandboxes it with `allow-scripts` and talks to it through
 * its own height/link protocol (tests/e2e/support/wordpress.ts re-implements both sides of
 * the host). The iframe must take the column's width, fit its content within WordPress's
 * 200–1000 px bounds, and its link back must work.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { chartIds } from './support/embed-facts.ts';
import { startHostServer, type HostServer } from './support/host-server.ts';

let host: HostServer;
test.beforeAll(async ({ baseURL }) => {
  host = await startHostServer(baseURL!);
});
test.afterAll(async () => {
  await host.close();
});

/** WordPress's bounds for an embed's height. */
const WP_MIN = 200;
const WP_MAX = 1000;

/**
 * The n-th embed, its top scrolled into view as a reader scrolling down meets it (charts are
 * drawn when seen), and drawn. Not `scrollIntoViewIfNeeded`: it centres a frame still at its
 * oEmbed height (8 000 px and more for the tracker), and once WordPress caps it at 1 000 px the
 * chart at its top has never been on screen.
 */
async function embedFrame(page: Page, n: number): Promise<Frame> {
  const iframe = page.locator('iframe.wp-embedded-content').nth(n);
  await iframe.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  const frame = await (await iframe.elementHandle())!.contentFrame();
  await frame!.waitForSelector('[data-embed]', { state: 'attached' });
  await frame!.waitForLoadState('load');
  await frame!.locator('[data-embed] .is-enhanced').first().waitFor({ state: 'attached' });
  return frame!;
}

const box = (page: Page, n: number) => page.locator('iframe.wp-embedded-content').nth(n).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height));

for (const width of [640, 375]) {
  test(`in a ${width} px WordPress column each chart is full width and fits its content (within WordPress's 200–1000 px)`, async ({ page }) => {
    test.setTimeout(90_000);
    const ids = chartIds();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.setViewportSize({ width: width + 40, height: 900 });
    await page.goto(`${host.origin}/wordpress.html?charts=${ids.join(',')}&width=${width}`);
    const iframes = page.locator('iframe.wp-embedded-content');
    await expect(iframes).toHaveCount(ids.length);
    // What WordPress kept: no style, no script, its sandbox; our width and height as attributes.
    await expect(page.locator('script[src*="loader"]')).toHaveCount(0);
    for (let n = 0; n < ids.length; n++) {
      const iframe = iframes.nth(n);
      await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
      await expect(iframe).toHaveAttribute('width', '100%');
      expect(await iframe.getAttribute('style')).toBeNull();
      const frame = await embedFrame(page, n);
      expect((await box(page, n)).width, `${ids[n]}: the iframe takes the column's width`).toBe(width);
      await expect
        .poll(async () => {
          const inner = await contentHeight(frame);
          return Math.abs((await box(page, n)).height - Math.min(WP_MAX, Math.max(WP_MIN, inner)));
        }, { message: `${ids[n]}: the iframe's height follows WordPress's height message` })
        .toBeLessThanOrEqual(1);
      const inner = await contentHeight(frame);
      const outer = (await box(page, n)).height;
      const scroll = await frame.evaluate(() => ({ scrollable: document.documentElement.scrollHeight, overflow: getComputedStyle(document.documentElement).overflowY }));
      if (inner <= WP_MAX) expect(scroll.scrollable, `${ids[n]}: nothing hidden below the frame`).toBeLessThanOrEqual(outer + 1);
      // Taller than WordPress allows: the rest scrolls inside the frame, none of it is cut off.
      else expect(scroll.overflow).not.toBe('hidden');
      test.info().annotations.push({ type: 'height', description: `${ids[n]} at ${width} px: content ${inner} px, iframe ${outer} px` });
    }
    expect(errors).toEqual([]);
  });
}

test('the link back opens the article in the host window, as WordPress allows (no popup in its sandbox)', async ({ page, baseURL }) => {
  const id = chartIds()[0]!;
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(`${host.origin}/wordpress.html?charts=${id}&width=640`);
  const frame = await embedFrame(page, 0);
  const link = frame.locator('.embed-credit a');
  // In WordPress, the link does not say « nouvel onglet »: it opens in the same window.
  await expect(frame.locator('.embed-new-tab')).toBeHidden();
  const article = new URL((await link.getAttribute('href'))!, baseURL).href;
  const popups: string[] = [];
  page.on('popup', (p) => popups.push(p.url()));
  await link.click();
  await page.waitForURL(article);
  expect(popups).toEqual([]);
  await expect(page.locator('h1').first()).toBeVisible();
});

test('a message with another secret, or from another frame, changes nothing', async ({ page }) => {
  const id = chartIds()[0]!;
  await page.goto(`${host.origin}/wordpress.html?charts=${id}&width=640`);
  const frame = await embedFrame(page, 0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __wpHeights?: number }).__wpHeights ?? 0)).toBeGreaterThan(0);
  const before = (await box(page, 0)).height;
  await frame.evaluate(() => parent.postMessage({ message: 'height', value: 333, secret: 'autresecret' }, '*'));
  await page.evaluate((secret) => window.postMessage({ message: 'height', value: 333, secret }, '*'), await page.locator('iframe.wp-embedded-content').getAttribute('data-secret'));
  await page.waitForTimeout(300);
  expect((await box(page, 0)).height).toBe(before);
});
