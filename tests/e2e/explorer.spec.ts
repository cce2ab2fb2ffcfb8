/** The explorer pages (/sources/, /chiffres/): built from the content alone, every item once, links that land, filters by keyboard. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { INTERVIEW } from './support/site.ts';

/** Figure ids of every dataset, read from content/data (not from the build). */
function dataFigureIds(): string[] {
  return readdirSync('content/data')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => ((parse(readFileSync(`content/data/${f}`, 'utf8')) as { values?: { id: string }[] }).values ?? []).map((v) => v.id));
}

const sourceIds = () => readdirSync('content/sources').filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));

test('/sources/ lists every source once, by kind, and ships no JavaScript', async ({ page }) => {
  await page.goto('/sources/');
  for (const id of sourceIds()) await expect(page.locator(`[id="source-${id}"]`), id).toHaveCount(1);
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  await expect(page.locator('main h2')).toHaveText([/L’entretien/, /Documents officiels/, /Presse/]);
  // The interview supports figures, linked to their rows on /chiffres/.
  await expect(page.locator('#source-lyon-entreprises-entretien-wauquiez-2016 a[href="/chiffres/#chiffre-fibre-2016"]')).toHaveCount(1);
});

test('an article’s source list links each source to its entry on /sources/', async ({ page }) => {
  await page.goto(INTERVIEW);
  const link = page.locator('section[aria-labelledby="sources"] li a[href^="/sources/#"]').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/sources\/#source-[a-z0-9-]+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/#]/g, (c) => `\\${c}`)}$`));
  await expect(page.locator(href!.slice('/sources/'.length))).toBeVisible();
});

test('/chiffres/ has every figure of the data exactly once, grouped by theme', async ({ page }) => {
  await page.goto('/chiffres/');
  const ids = dataFigureIds();
  expect(ids.length).toBeGreaterThan(10);
  const rows = await page.locator('[data-figure-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure-row')));
  expect([...rows].sort()).toEqual([...ids].sort());
  await expect(page.locator('tbody[data-theme-group]')).toHaveCount(readdirSync('content/data').filter((f) => /\.yaml$/.test(f) && (parse(readFileSync(`content/data/${f}`, 'utf8')) as { values?: unknown }).values).length);
});

test('a derived figure shows its formula with its inputs linked to their rows, and its value recomputed', async ({ page }) => {
  await page.goto('/chiffres/');
  const row = page.locator('#chiffre-fibre-2015');
  await expect(row.locator('a[href="#chiffre-fibre-2016"]')).toHaveText('46\u00a0M€');
  await expect(row.locator('a[href="#chiffre-fibre-growth"]')).toHaveText('+39\u202f%');
  await expect(row).toContainText('= 33,09\u00a0M€');
});

test('without JavaScript the whole table shows and the filter form does not', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/chiffres/');
  await expect(page.locator('[data-figure-filters]')).toBeHidden();
  await expect(page.locator('[data-figure-row]:visible')).toHaveCount(dataFigureIds().length);
  await context.close();
});

test('at 320 px the rows stack: no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/chiffres/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await page.locator('#chiffre-fibre-2016 td').first().evaluate((td) => getComputedStyle(td).display)).toBe('block');
});

test('the filters work by keyboard and keep their state in the address', async ({ page }) => {
  await page.goto('/chiffres/');
  const total = dataFigureIds().length;
  const q = page.getByRole('searchbox', { name: 'Texte' });
  await q.focus();
  await page.keyboard.type('fibre');
  await expect(page).toHaveURL(/[?&]q=fibre/);
  const shown = await page.locator('[data-figure-row]:visible').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (const text of await page.locator('[data-figure-row]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-text') ?? ''))) expect(text.toLowerCase()).toContain('fibre');
  // The status select, by keyboard: focus it, pick « estimation déduite » with the arrow keys.
  const status = page.getByRole('combobox', { name: 'Nature' });
  await status.focus();
  while ((await status.inputValue()) !== 'estimation') await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/statut=estimation/);
  await expect(page.locator('[data-figure-row]:visible')).not.toHaveCount(0);
  for (const s of await page.locator('[data-figure-row]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))) expect(s).toBe('estimation');
  await expect(page.locator('[data-figure-count]')).toContainText('sur');
});

test('a shared filtered address restores its view on load', async ({ page }) => {
  await page.goto('/chiffres/?statut=estimation&q=fibre&tri=valeur-decroissante');
  await expect(page.getByRole('combobox', { name: 'Nature' })).toHaveValue('estimation');
  await expect(page.getByRole('searchbox', { name: 'Texte' })).toHaveValue('fibre');
  const visible = page.locator('[data-figure-row]:visible');
  await expect(visible).not.toHaveCount(0);
  const values = await visible.evaluateAll((els) => els.map((e) => ({ s: e.getAttribute('data-status'), v: Number(e.getAttribute('data-value')), g: e.closest('tbody')?.getAttribute('data-theme-group') })));
  for (const r of values) expect(r.s).toBe('estimation');
  for (let i = 1; i < values.length; i++) if (values[i]!.g === values[i - 1]!.g) expect(values[i]!.v).toBeLessThanOrEqual(values[i - 1]!.v);
});

test('the CSV and JSON downloads hold every figure, with the chart exports’ conventions', async ({ request }) => {
  const csv = await (await request.get('/chiffres/chiffres.csv')).text();
  expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  expect(csv).toContain('\r\n');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^identifiant,libellé,valeur,unité,année,nature,source,/);
  const json = (await (await request.get('/chiffres/chiffres.json')).json()) as { data: { id: string; value: number }[]; license: string };
  expect(json.data.map((r) => r.id).sort()).toEqual(dataFigureIds().sort());
  expect(typeof json.data[0]!.value).toBe('number');
  expect(json.license).toMatch(/creativecommons/);
});

/** Events of every dataset, read from content/data. */
function dataEvents(): { dataset: string; id: string; uncertain: boolean }[] {
  return readdirSync('content/data')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) =>
      ((parse(readFileSync(`content/data/${f}`, 'utf8')) as { events?: { id: string; dateNote?: string }[] }).events ?? []).map((e) => ({ dataset: f.slice(0, -5), id: e.id, uncertain: e.dateNote !== undefined })),
    );
}

test('/chronologie/ draws every event of every dataset on one timeline, inferred dates as inferred, each linked to an article', async ({ page }) => {
  await page.goto('/chronologie/');
  const events = dataEvents();
  expect(new Set(events.map((e) => e.dataset)).size).toBeGreaterThan(1);
  const listed = await page.locator('[data-chrono-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chrono-event')));
  expect([...listed].sort()).toEqual(events.map((e) => `${e.dataset}-${e.id}`).sort());
  await expect(page.locator('[data-chart-kind="timeline"]')).toHaveCount(1);
  const svg = page.locator('[data-chart-kind="timeline"] svg:visible').first();
  await expect(svg.locator('.chart-marks .timeline-marker')).toHaveCount(events.length);
  await expect(svg.locator('.chart-marks .timeline-marker.is-uncertain')).toHaveCount(events.filter((e) => e.uncertain).length);
  const told = await page.locator('[data-chrono-event]').evaluateAll((els) => els.filter((e) => e.textContent?.includes('Raconté dans')).length);
  expect(told).toBeGreaterThan(events.length / 2);
});

test('/chronologie/ filters by theme with links that work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/chronologie/');
  const nav = page.getByRole('navigation', { name: 'Filtrer par thème' });
  await nav.getByRole('link', { name: /fibre/i }).click();
  await expect(page).toHaveURL(/\/chronologie\/fibre-2012-2022\/$/);
  const fibre = dataEvents().filter((e) => e.dataset === 'fibre-2012-2022');
  await expect(page.locator('[data-chrono-event]')).toHaveCount(fibre.length);
  await expect(nav.locator('[aria-current="page"]')).toContainText(/fibre/i);
  await context.close();
});

test('the home page and every page’s footer reach the three explorer pages, which search indexes', async ({ page }) => {
  for (const from of ['/', INTERVIEW]) {
    await page.goto(from);
    for (const path of ['/chiffres/', '/sources/', '/chronologie/']) await expect(page.locator(`main a[href="${path}"], footer a[href="${path}"]`).first()).toBeAttached();
  }
  for (const path of ['/chiffres/', '/sources/', '/chronologie/']) {
    await page.goto(path);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
  }
});

test('/chiffres/ describes its table as a Dataset with its CSV and JSON files and its license', async ({ page }) => {
  await page.goto('/chiffres/');
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as { '@graph': Record<string, unknown>[] };
  const ds = json['@graph'].find((x) => x['@type'] === 'Dataset') as { distribution: { contentUrl: string; encodingFormat: string }[]; license: string };
  expect(ds.distribution.map((d) => [new URL(d.contentUrl).pathname, d.encodingFormat])).toEqual([
    ['/chiffres/chiffres.csv', 'text/csv'],
    ['/chiffres/chiffres.json', 'application/json'],
  ]);
  expect(ds.license).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
});
