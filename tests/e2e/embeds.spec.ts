/**
 * Embeds across origins: a host page on a second origin (random free port) embeds charts
 * with the site's snippet and loader. Heights follow content; forged messages change
 * nothing; the recommended sandbox keeps everything working; JavaScript off still shows
 * the chart; only /embed/* may be framed.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { LOADER_PATH, RECOMMENDED_SANDBOX, embedPath } from '../../src/lib/site/embeds.ts';
import { chartIds, RESIZE_TYPE_FOR_TESTS as TYPE, twoCharts } from './support/embed-facts.ts';
import { startHostServer, type HostServer } from './support/host-server.ts';

let host: HostServer;
test.beforeAll(async ({ baseURL }) => {
  host = await startHostServer(baseURL!);
});
test.afterAll(async () => {
  await host.close();
});

/** The document inside the n-th iframe of the page, once the embed page has loaded (its scripts too). */
async function embedFrame(page: Page, n: number): Promise<Frame> {
  const handle = await page.locator('iframe[data-dossier-chart]').nth(n).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('[data-embed]', { state: 'attached' });
  await frame!.waitForLoadState('load');
  return frame!;
}

/** The iframe's height on the host page and its content's height inside it. */
async function heights(page: Page, n: number) {
  const frame = await embedFrame(page, n);
  const outer = await page.locator('iframe[data-dossier-chart]').nth(n).evaluate((e) => e.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height));
  return { outer, inner };
}

/** Expects the n-th iframe to take its content's height soon after the embed's load (within a second on a quiet machine; 10 s for a loaded one). */
async function expectFitted(page: Page, n: number) {
  await embedFrame(page, n);
  await expect.poll(async () => {
    const h = await heights(page, n);
    return Math.abs(h.outer - h.inner) <= 1 && h.outer !== 400;
  }, { timeout: 10_000, message: `iframe ${n} did not take its content height` }).toBe(true);
}

/**
 * Counts, on the host page, messages as they arrive, per sender (an iframe's name, else its
 * chart id; "?" for anything else). Registered after the loader's listener, so a counted message was already seen by
 * the loader: the positive control for "this message changed nothing".
 */
async function countArrivals(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { arrivals: Record<string, number> };
    w.arrivals = {};
    window.addEventListener('message', (e) => {
      const frame = [...document.getElementsByTagName('iframe')].find((f) => f.contentWindow === e.source);
      const key = frame ? frame.name || frame.dataset.dossierChart || '?' : '?';
      w.arrivals[key] = (w.arrivals[key] ?? 0) + 1;
    });
  });
}
const arrivals = (page: Page, key: string) => page.evaluate((k) => (window as unknown as { arrivals: Record<string, number> }).arrivals[k] ?? 0, key);

const iframeHeight = (page: Page, n: number) => page.locator('iframe[data-dossier-chart]').nth(n).evaluate((e) => e.getBoundingClientRect().height);

test('a host page on another origin: each embedded chart takes its height, then follows a width change', async ({ page }) => {
  const [a, b] = twoCharts();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${host.origin}/host.html?charts=${a},${b}`);
  for (const n of [0, 1]) await embedFrame(page, n);
  for (const n of [0, 1]) await expectFitted(page, n);
  const wide = await iframeHeight(page, 0);

  await page.setViewportSize({ width: 640, height: 900 });
  for (const n of [0, 1]) await expectFitted(page, n);
  expect(await iframeHeight(page, 0), 'a narrower chart is taller').toBeGreaterThan(wide);
});

test('forged or malformed messages change nothing; a well-formed one from the embed does', async ({ page }) => {
  const [a, b] = twoCharts();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${host.origin}/host.html?charts=${a},${b}&intruder`);
  for (const n of [0, 1]) await expectFitted(page, n);
  const before = [await iframeHeight(page, 0), await iframeHeight(page, 1)];
  const embed = await embedFrame(page, 0);
  const intruder = page.frame({ name: 'intrus' })!;
  await countArrivals(page);
  const earlier = await arrivals(page, a);

  // From the host page itself, and from another frame: the right shape, the wrong source.
  await page.evaluate(([type, chart]) => window.postMessage({ type, chart, height: 777 }, '*'), [TYPE, a]);
  await intruder.evaluate(([type, chart]) => parent.postMessage({ type, chart, height: 777 }, '*'), [TYPE, a]);
  // From the embed itself: wrong type, bad heights, unknown id, AMP's message.
  const bad: unknown[] = [
    { type: 'autre:resize', chart: a, height: 777 },
    { type: TYPE, chart: a, height: '777' },
    { type: TYPE, chart: a, height: Number.NaN },
    { type: TYPE, chart: a, height: Number.POSITIVE_INFINITY },
    { type: TYPE, chart: a, height: null },
    { type: TYPE, chart: a, height: -5 },
    { type: TYPE, chart: a, height: 10 },
    { type: TYPE, chart: a, height: 1e6 },
    { type: TYPE, chart: 'graphique-inconnu', height: 777 },
    { type: TYPE, height: 777 },
    JSON.stringify({ type: TYPE, chart: a, height: 777 }),
    { sentinel: 'amp', type: 'embed-size', height: 777 },
  ];
  await embed.evaluate((messages) => messages.forEach((m) => parent.postMessage(m, '*')), bad);
  // Every forged message reached the page, after the loader's listener: only then is "nothing changed" meaningful.
  await expect
    .poll(async () => (await arrivals(page, '?')) >= 1 && (await arrivals(page, 'intrus')) >= 1 && (await arrivals(page, a)) >= earlier + bad.length)
    .toBe(true);
  expect([await iframeHeight(page, 0), await iframeHeight(page, 1)]).toEqual(before);

  // The control: the same channel with a well-formed message does resize, so the checks above can fail.
  await embed.evaluate(([type, chart]) => parent.postMessage({ type, chart, height: 777 }, '*'), [TYPE, a]);
  await expect.poll(() => iframeHeight(page, 0)).toBe(777);
  expect(await iframeHeight(page, 1)).toBe(before[1]);
});

test('a message from the embed iframe navigated to another origin is ignored (origin check)', async ({ page }) => {
  const [a] = twoCharts();
  await page.goto(`${host.origin}/host.html?charts=${a}`);
  await expectFitted(page, 0);
  const before = await iframeHeight(page, 0);
  await countArrivals(page);
  const earlier = await arrivals(page, a);
  // The iframe keeps its src attribute; its document now comes from the host's origin and posts a well-formed message.
  await page.locator('iframe[data-dossier-chart]').evaluate((iframe: HTMLIFrameElement, url) => {
    iframe.contentWindow!.location.href = url;
  }, `${host.origin}/forge.html?chart=${a}&height=777`);
  await expect.poll(() => page.frames().some((f) => f.url().includes('/forge.html'))).toBe(true);
  // Positive control instead of a fixed wait: the forge's five messages reached the page (and the loader).
  await expect.poll(() => arrivals(page, a)).toBeGreaterThanOrEqual(earlier + 5);
  expect(await iframeHeight(page, 0)).toBe(before);
});

test('look-alike embeds on another origin (an /embed/<id>/ path, data-dossier-chart) are never resized; our chart beside them is', async ({ page }) => {
  const [a] = twoCharts();
  await page.goto(`${host.origin}/host.html?charts=${a}&foreign=${a}`);
  // Positive control: the loader runs and resizes the site's own chart on this page.
  await expectFitted(page, 0);
  await countArrivals(page);
  for (const name of ['foreign-path', 'foreign-attr']) {
    // Positive control: well-formed messages from the look-alike reached the page after the loader was listening.
    await expect.poll(() => arrivals(page, name), { message: name }).toBeGreaterThanOrEqual(10);
    const frame = page.locator(`iframe[name="${name}"]`);
    expect(await frame.evaluate((e: HTMLIFrameElement) => [e.style.height, e.getBoundingClientRect().height]), name).toEqual(['', 154]); // 150 + 2 × 2 px border
  }
});

test('an element named like a global (DOM clobbering) does not switch the loader off', async ({ page }) => {
  const [a, b] = twoCharts();
  for (const name of ['dossierNumeriqueLoader', 'dossierNumerique', 'loader']) {
    await page.goto(`${host.origin}/host.html?charts=${a},${b}&clobber=${name}`);
    for (const n of [0, 1]) await expectFitted(page, n);
  }
});

test(`under sandbox="${RECOMMENDED_SANDBOX}" the embed renders, enhances and resizes; its link opens a new tab`, async ({ page }) => {
  const [a] = twoCharts();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${host.origin}/host.html?charts=${a}&sandbox=${encodeURIComponent(RECOMMENDED_SANDBOX)}`);
  const frame = await embedFrame(page, 0);
  await expect(frame.locator('svg.chart-svg:visible').first()).toBeVisible();
  await expect(frame.locator('[data-chart-kind]').first()).toHaveClass(/is-enhanced/);
  await expectFitted(page, 0);
  const link = frame.locator('.embed-credit a');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  expect(errors).toEqual([]);
});

test('the loader is one small script that installs one listener even when pasted twice', async ({ page, request }) => {
  const response = await request.get(LOADER_PATH);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('javascript');
  const [a] = twoCharts();
  await page.goto(`${host.origin}/host.html?charts=${a}`);
  await page.addScriptTag({ url: new URL(LOADER_PATH, page.url().replace(host.origin, new URL(response.url()).origin)).href });
  await expectFitted(page, 0);
});

for (const id of chartIds()) {
  test.describe(`${embedPath(id)}`, () => {
    test('is noindex, canonical to its article, discoverable by oEmbed, and links back in a new tab', async ({ page }) => {
      await page.goto(embedPath(id));
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const article = new URL(canonical!).pathname;
      await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute('href', new RegExp(`/embed/${id}/oembed\\.json$`));
      const back = page.locator('.embed-credit a');
      await expect(back).toHaveAttribute('href', article);
      await expect(back).toHaveAttribute('target', '_blank');
      await expect(page.locator('body > header, body > footer, nav')).toHaveCount(0);
      // Its article does not: pasting an article's address must give a link card, not a chart.
      await page.goto(article);
      await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(0);
    });

    test('?theme forces light or dark over the reader’s preference; ?plain hides title and footer; other parameters change nothing', async ({ page }) => {
      const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(embedPath(id));
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await background();
      expect(dark).not.toBe(light);

      await page.goto(`${embedPath(id)}?theme=light`);
      await expect.poll(background).toBe(light);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${embedPath(id)}?theme=dark`);
      await expect.poll(background).toBe(dark);
      await expect(page.locator('.chart-title')).toBeVisible();

      await page.goto(`${embedPath(id)}?plain&utm_source=x&theme=violet`);
      await expect(page.locator('.chart-title')).toBeHidden();
      await expect(page.locator('.chart-source')).toBeHidden();
      await expect(page.locator('.embed-credit')).toBeHidden();
      await expect(page.locator('svg.chart-svg:visible').first()).toBeVisible();
      expect(await background()).toBe(light);
    });

    test.describe('with JavaScript disabled', () => {
      test.use({ javaScriptEnabled: false });
      test('the embed shows the chart, its title, source and link back', async ({ page }) => {
        await page.goto(embedPath(id));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('svg.chart-svg:visible')).toHaveCount(1);
        await expect(page.locator('.chart-source')).toBeVisible();
        await expect(page.locator('.embed-credit a')).toBeVisible();
      });
    });
  });
}

test.describe('framing rules', () => {
  test('the headers let anyone frame /embed/* and nobody frame other pages', async ({ request }) => {
    const embed = await request.get(embedPath(chartIds()[0]!));
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    for (const path of ['/', '/graphiques/', '/graphiques/apercu/']) {
      const r = await request.get(path);
      expect(r.headers()['x-frame-options'], path).toBe('DENY');
      expect(r.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });

  for (const path of ['/', '/graphiques/']) {
    test(`${path} refuses to be framed by another origin; an embed does not`, async ({ page }) => {
      await page.goto(`${host.origin}/frame.html?path=${encodeURIComponent(path)}`);
      // Chromium replaces a refused frame with its own error document.
      await expect.poll(() => page.frame({ name: 'cible' })?.url()).toMatch(/^chrome-error:/);
      expect(await page.frame({ name: 'cible' })!.locator('#contenu').count()).toBe(0);

      await page.goto(`${host.origin}/frame.html?path=${encodeURIComponent(embedPath(chartIds()[0]!))}`);
      await expect(page.frame({ name: 'cible' })!.locator('h1')).toHaveCount(1);
    });
  }
});
