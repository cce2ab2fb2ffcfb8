/**
 * Nothing stands between a reader and the first paint: each page's scripts are imported once it
 * has loaded and painted, import nothing before they run, and a chart page makes one script request
 * until a chart comes into view (src/cli/page-rewrites.ts, src/charts/loader.ts); big blocks below the
 * first screen are laid out only when they near it (content-visibility, global.css).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { init, parse } from 'es-module-lexer';
import { builtPages, INTERVIEW } from './support/site.ts';

const fileOf = (path: string) => `dist${path.endsWith('/') ? `${path}index.html` : path}`;

test('no page names an external script of ours: each is imported by an inline module after load, and imports nothing up front', async () => {
  await init;
  const wrong: string[] = [];
  let imported = 0;
  for (const path of builtPages()) {
    const html = readFileSync(fileOf(path), 'utf8');
    for (const [tag] of html.matchAll(/<script\b[^>]*\bsrc="\/_astro\/[^"]+"[^>]*>/g)) wrong.push(`${path}: ${tag} is fetched while the page loads`);
    for (const [, body] of html.matchAll(/<script type="module" data-after-load>([\s\S]*?)<\/script>/g)) {
      if (!body!.includes('addEventListener("load"')) wrong.push(`${path}: an after-load module does not wait for load`);
      for (const [, src] of body!.matchAll(/import\("([^"]+)"\)/g)) {
        imported++;
        const [imports] = parse(readFileSync(`dist${src}`, 'utf8'));
        const upFront = imports.filter((i) => i.d === -1).map((i) => i.n);
        if (upFront.length) wrong.push(`${path}: ${src} imports ${upFront.join(', ')} before it runs`);
      }
    }
  }
  expect(imported).toBeGreaterThan(5);
  expect(wrong).toEqual([]);
});

test('a chart page requests one script, after its load event and first paint, and the enhancer only on view', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requested: { path: string; priority: string }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'Script') requested.push({ path: new URL(e.request.url).pathname, priority: e.request.initialPriority });
  });
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto(INTERVIEW, { waitUntil: 'networkidle' });
  expect(requested).toHaveLength(1);
  expect(requested[0]!.path).toMatch(/^\/_astro\/ChartFrame\.[^/]*\.js$/);
  // Requested after the load event and the first paint: Lighthouse's LCP model leaves it off the critical path.
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const script = performance.getEntriesByType('resource').find((r) => r.name.includes('/_astro/ChartFrame.'));
    return { loadStart: nav.loadEventStart, painted: paint?.startTime ?? -1, scriptStart: script?.startTime ?? -1 };
  });
  expect(timing.loadStart).toBeGreaterThan(0);
  expect(timing.painted).toBeGreaterThan(0);
  expect(timing.scriptStart).toBeGreaterThanOrEqual(Math.max(timing.loadStart, timing.painted));

  await page.locator('[data-chart-kind]').first().scrollIntoViewIfNeeded();
  await expect.poll(() => requested.some((r) => /\/enhance\.[^/]*\.js$/.test(r.path))).toBe(true);
});

test('charts, end-of-article sections and the footer are laid out when near the viewport; an embed is laid out at once', async ({ page }) => {
  await page.goto(INTERVIEW);
  const visibility = (selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).contentVisibility);
  expect(await visibility('main figure.chart')).toBe('auto');
  expect(await visibility('article > section')).toBe('auto');
  expect(await visibility('body > footer')).toBe('auto');
  await page.goto('/embed/budget-numerique-2016/');
  expect(await visibility('figure.chart')).toBe('visible');
});

test('on a phone, each card of /chiffres/ is laid out when near the viewport; on a desktop its rows form a table', async ({ page }) => {
  // The browser reports each change of a content-visibility: auto element: skipped or rendered.
  await page.addInitScript(() => {
    const states: Record<string, boolean> = {};
    (window as unknown as { __skipped: typeof states }).__skipped = states;
    document.addEventListener('contentvisibilityautostatechange', (e) => (states[(e.target as Element).id] = (e as Event & { skipped: boolean }).skipped), true);
  });
  const rows = page.locator('.figures-table .figure-row');
  const skipped = (id: string) => page.evaluate((i) => (window as unknown as { __skipped: Record<string, boolean> }).__skipped[i], id);
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/chiffres/');
  expect(await rows.first().evaluate((e) => getComputedStyle(e).contentVisibility)).toBe('auto');
  const last = rows.last();
  const id = await last.getAttribute('id');
  expect(id).toBeTruthy();
  await expect.poll(() => skipped(id!)).toBe(true);
  await last.evaluate((e) => e.scrollIntoView());
  await expect.poll(() => skipped(id!)).toBe(false);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/chiffres/');
  expect(await rows.first().evaluate((e) => getComputedStyle(e).contentVisibility)).toBe('visible');
});
