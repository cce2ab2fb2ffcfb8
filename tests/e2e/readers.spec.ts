/**
 * Reading the dossier as readers do: on a phone (tables and the comparison without sideways
 * scroll or words cut in two), on paper (print), at a comfortable measure, with the key
 * figures in the first screen, following a figure to its source, and through search.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages, COMPARISON, comparison, INTERVIEW } from './support/site.ts';

const ARTICLES = builtPages().filter((p) => /^\/(entretien|analyse|articles)\//.test(p));
const PHONE = { width: 375, height: 667 };

/** Words (split at spaces and hyphens) drawn over two lines inside `root`: none should be. */
async function brokenWords(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/[^\s\u00a0\u202f\-–—/]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

/** Cells whose content is wider than the cell, and how far the page scrolls sideways. */
async function overflow(page: Page, cells: Locator) {
  const wide = await cells.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => (e.textContent ?? '').slice(0, 40)));
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  return { wide, sideways };
}

test.describe('at 375 px', () => {
  test.use({ viewport: PHONE });

  for (const path of ARTICLES) {
    test(`${path}: « Les chiffres de cet article » fits: rows stacked under their labels, no overflow, no sideways scroll, no word cut`, async ({ page }) => {
      await page.goto(path);
      const table = page.locator('section.figure-table');
      await table.scrollIntoViewIfNeeded();
      const cells = table.locator('tbody th, tbody td');
      expect(await cells.count()).toBeGreaterThan(0);
      const { wide, sideways } = await overflow(page, cells);
      expect(wide).toEqual([]);
      expect(sideways).toBeLessThanOrEqual(0);
      const outside = await table.evaluate((t) => {
        const right = t.getBoundingClientRect().right;
        return [...t.querySelectorAll('tbody th, tbody td')].filter((c) => c.getBoundingClientRect().right > right + 0.5).map((c) => (c.textContent ?? '').slice(0, 40));
      });
      expect(outside).toEqual([]);
      // Stacked: each cell shows its column's label above its content.
      const label = await cells.nth(1).evaluate((e) => getComputedStyle(e, '::before').content);
      expect(label).toBe('"Ce qu’il mesure"');
      expect(await brokenWords(table)).toEqual([]);
    });
  }

  test('the comparison’s detail is one row per link (2015 ↔ 2016, degree, reason), its caption in view, nothing overflows', async ({ page }) => {
    const data = comparison();
    await page.goto(COMPARISON);
    const chart = page.locator('figure.chart[data-chart="plans-2015-2016"]');
    const list = chart.locator('table.cmp-list');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('comparison-chart')).toHaveClass(/is-enhanced/);
    await chart.getByRole('button', { name: 'Matrice' }).click();
    await expect(list).toBeVisible();
    await expect(chart.locator('table.cmp-table')).toBeHidden();
    await expect(list.locator('tbody tr')).toHaveCount(data.links.length + data.gaps.length);
    for (const l of data.links) await expect(list.locator(`tr[data-link="${l.priority}-${l.plan}"]`)).toHaveAttribute('data-strength', l.strength);
    const caption = chart.locator('.cmp-caption');
    await expect(caption).toBeVisible();
    const cb = (await caption.boundingBox())!;
    expect(cb.x + cb.width).toBeLessThanOrEqual(PHONE.width);
    expect(await caption.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    const { wide, sideways } = await overflow(page, list.locator('td'));
    expect(wide).toEqual([]);
    expect(sideways).toBeLessThanOrEqual(0);
    expect(await brokenWords(list)).toEqual([]);
  });

  test('the comparison’s detail reads the same without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(COMPARISON);
    await expect(page.locator('table.cmp-list')).toBeVisible();
    await expect(page.locator('.cmp-caption')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

test('from 600 px of room the comparison keeps its matrix, scrolling inside its region, the caption outside it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(COMPARISON);
  const chart = page.locator('figure.chart[data-chart="plans-2015-2016"]');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('comparison-chart')).toHaveClass(/is-enhanced/);
  await chart.getByRole('button', { name: 'Matrice' }).click();
  await expect(chart.locator('table.cmp-table')).toBeVisible();
  await expect(chart.locator('table.cmp-list')).toBeHidden();
  expect(await chart.locator('.cmp-caption').evaluate((e) => !e.closest('.chart-table-wrap'))).toBe(true);
});

for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
  test(`at ${viewport.width}×${viewport.height} a key figure of the interview is in the first screen, linked to its source row`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(INTERVIEW);
    const lead = page.locator('.key-figures-lead [data-figure="fibre-2016"]');
    await expect(lead).toBeInViewport({ ratio: 1 });
    await expect(lead).toContainText('46\u00a0M€');
    await lead.getByRole('link').click();
    await expect(page.locator('#chiffre-fibre-2016')).toBeInViewport();
    await expect(page.locator('#chiffre-fibre-2016')).toContainText('Lyon Entreprises');
  });
}

test('prose keeps a measure of about 65 characters on a desktop; charts keep the column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(INTERVIEW);
  const measure = await page.locator('.prose > p').nth(2).evaluate((p) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const s = getComputedStyle(p);
    ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ');
    const perChar = ctx.measureText(text).width / text.length;
    return p.getBoundingClientRect().width / perChar;
  });
  expect(measure).toBeGreaterThan(55);
  expect(measure).toBeLessThan(78);
  const prose = (await page.locator('.prose').boundingBox())!;
  const chart = (await page.locator('.prose figure.chart').first().boundingBox())!;
  expect(chart.width).toBeGreaterThan(prose.width - 2);
});

test('without JavaScript, a figure in the text is plain text in a link to its row in « Les chiffres de cet article »; the mark is light', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(INTERVIEW);
  const figure = page.locator('.prose a.figure-value[data-figure="fibre-2016"]').first();
  await expect(figure).toHaveText('46\u00a0M€');
  expect(await page.locator('.prose button.figure-value, .prose [popover]').count()).toBe(0);
  expect(await figure.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  await figure.click();
  await expect(page).toHaveURL(/#chiffre-fibre-2016$/);
  const row = page.locator('#chiffre-fibre-2016');
  await expect(row).toBeInViewport();
  await expect(row).toContainText('§4');
  expect(await row.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await context.close();
});

test.describe('in print', () => {
  test('charts, notes and quotations do not split, titles stay with their graphic, controls and navigation are hidden, source URLs print', async ({ page }) => {
    await page.goto(INTERVIEW);
    await page.emulateMedia({ media: 'print' });
    const style = (sel: string, prop: string) => page.locator(sel).first().evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), prop);
    for (const sel of ['figure.chart', '.chart-graphic', '.note', 'blockquote', 'section.figure-table tbody tr']) expect(await style(sel, 'break-inside'), sel).toBe('avoid');
    expect(await style('.chart-title', 'break-after')).toBe('avoid');
    for (const sel of ['header nav', 'form[role="search"]', 'nav[aria-label="Précédent et suivant dans le dossier"]', 'nav[aria-label="Fil d’Ariane"]']) await expect(page.locator(sel).first(), sel).toBeHidden();
    const source = page.locator('section[aria-labelledby] a[href^="http"]').first();
    const after = await source.evaluate((e) => getComputedStyle(e, '::after').content);
    expect(after).toContain('http');
    await expect(page.locator('section.figure-table')).toBeVisible();

    await page.goto(COMPARISON);
    await page.emulateMedia({ media: 'print' });
    const chart = page.locator('figure.chart[data-chart="plans-2015-2016"]');
    await expect(chart.locator('.cmp-views')).toBeHidden();
    await expect(chart.locator('.chart-title')).toBeVisible();
  });
});

test.describe('search', () => {
  test('« fibre »: excerpts without pop-up words or repeated values, each result opens at its section', async ({ page }) => {
    await page.goto('/recherche/?q=fibre');
    const results = page.locator('#recherche-resultats > li');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const items = await results.evaluateAll((lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, excerpt: li.querySelector('p.text-muted')!.textContent ?? '' })));
    expect(items.length).toBeGreaterThan(0);
    for (const { href, excerpt } of items) {
      expect(excerpt, href).not.toContain('Fermer');
      expect(excerpt, href).not.toMatch(/(\d[\d,\s\u00a0\u202f]*\s?(?:M€|%))\s+\1/);
      expect(excerpt, href).not.toMatch(/[a-zà-ÿ0-9][A-ZÀ-Ý][a-zà-ÿ]/);
    }
    const interview = items.find((i) => i.href.startsWith(INTERVIEW));
    expect(interview, 'the interview is found').toBeDefined();
    expect(interview!.href).toMatch(/#[\w-]+$/);
    await page.goto(interview!.href);
    const id = interview!.href.split('#')[1]!;
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
});
