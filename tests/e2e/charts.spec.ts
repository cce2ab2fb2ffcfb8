/** Charts in the browser: complete without JavaScript, enhanced on view, usable by pointer and keyboard. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, INTERVIEW } from './support/site.ts';
import { watchPage } from './support/watch.ts';
import { measureChartTexts } from './support/chart-texts.ts';

const CHART = 'figure.chart[data-chart="budget-numerique-2016"]';
const TITLE = 'Fibre\u202f: environ 12,9\u00a0M€ de plus en un an\u202f; Campus\u202f: une petite ligne';
const distFile = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);
// Pages that show this chart (articles, the home page, its embed page); other charts have their own tests.
const chartPages = builtPages().filter((p) => readFileSync(distFile(p), 'utf8').includes('data-chart="budget-numerique-2016"'));
const MARKS = ['fibre-2015', 'fibre-2016', 'numerique-2016', 'campus-2016'];

/** The SVG a reader sees in the chart (the no-JavaScript render has one per layout, one shown). */
const visibleSvg = (page: Page) => page.locator(`${CHART} svg.chart-svg:visible`);

/** Scrolls the chart into view and waits for its enhancer to take over. */
async function enhance(page: Page) {
  await page.locator(CHART).scrollIntoViewIfNeeded();
  await expect(page.locator(`${CHART} budget-chart`)).toHaveClass(/is-enhanced/);
}

/** Texts of the budget chart; overrun slack 1 px. */
const measureTexts = (page: Page) => measureChartTexts(page, CHART, 1);

test('the budget chart is on the home page and in the interview', () => {
  expect(chartPages).toEqual(expect.arrayContaining(['/', INTERVIEW]));
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of chartPages) {
    test(`${path}: the chart is complete (marks, labels, description, table, source)`, async ({ page }) => {
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const chart = page.locator(CHART);
        await expect(chart.getByRole('heading', { name: TITLE })).toBeVisible();
        await expect(chart.locator('.chart-description')).toContainText('la fibre reçoit 46\u00a0M€ en 2016');
        await expect(visibleSvg(page)).toHaveCount(1);
        await expect(page.getByRole('img', { name: TITLE })).toBeVisible();
        const svg = visibleSvg(page);
        await expect(svg.locator('.chart-marks .chart-bar')).toHaveCount(4);
        const texts = (await svg.locator('text').allTextContents()).join(' | ');
        for (const t of ['≈\u00a033,1\u00a0M€', '46\u00a0M€', '+39\u202f%', '1,5\u00a0M€', 'Même montant, deux lectures', '2015, estimé', 'lecture retenue', 'autre lecture']) expect(texts).toContain(t);
        // No figure rests on the chapô's total, which the site rejects.
        for (const t of ['3,3', 'dont Campus', 'du total']) expect(texts).not.toContain(t);
        await expect(svg.locator('.chart-bar.is-estimate')).toHaveCount(2); // the 2015 bar and its legend swatch
        await expect(chart.locator('.chart-source')).toContainText('Lyon Entreprises');
        await expect(chart.locator('.chart-notes')).toContainText('deux anciennes régions');
      }
    });

    test(`${path}: the data table holds one row per datum, with the values the chart shows`, async ({ page }) => {
      await page.goto(path);
      const chart = page.locator(CHART);
      await chart.getByText('Voir les données du graphique').click();
      const table = chart.getByRole('table');
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(5);
      await expect(table.locator('th[scope="col"]')).toHaveCount(4);
      for (const id of MARKS) {
        const shown = await visibleSvg(page).locator(`.chart-mark[data-id="${id}"] .chart-value`).textContent();
        const row = await table.locator(`tr[data-id="${id}"] td.is-value`).textContent();
        expect(shown?.startsWith(row ?? '∅'), `${id}: chart says ${shown}, table says ${row}`).toBe(true);
      }
      await expect(table.locator('tr[data-id="fibre-2015"]')).toContainText('estimation déduite');
      await expect(table.locator('tr[data-id="fibre-2015"]')).toContainText('46 ÷ (1 + 39 ÷ 100)');
      await expect(table.locator('tr[data-id="fibre-2016"]')).toContainText('Lyon Entreprises, §4');
    });
  }

  test('at 320 px the phone layout shows, no text is under 12 px or overruns, and the page does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(INTERVIEW);
    await expect(visibleSvg(page)).toHaveAttribute('data-mode', 'stacked');
    const texts = await measureTexts(page);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => t.px < 12)).toEqual([]);
    expect(texts.filter((t) => t.overruns)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe('with JavaScript', () => {
  test('the enhancer loads only once the chart is visible, then re-lays the chart out at its width', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(INTERVIEW, { waitUntil: 'networkidle' });
    await expect(page.locator(CHART)).not.toBeInViewport();
    expect(scripts.filter((s) => s.includes('enhance'))).toEqual([]);
    await expect(page.locator(`${CHART} budget-chart`)).not.toHaveClass(/is-enhanced/);

    await enhance(page);
    expect(scripts.filter((s) => s.includes('enhance'))).toHaveLength(1);
    const svg = page.locator(`${CHART} svg.chart-svg`);
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveClass(/is-live/);
    const width = await page.locator(`${CHART} .chart-graphic`).evaluate((e) => Math.floor(e.clientWidth));
    await expect(svg).toHaveAttribute('width', String(width));
    await expect(svg).toHaveAttribute('data-mode', 'columns');

    await page.setViewportSize({ width: 375, height: 700 });
    await expect(svg).toHaveAttribute('data-mode', 'stacked');
    const texts = await measureTexts(page);
    expect(texts.filter((t) => t.px < 12)).toEqual([]);
    expect(texts.filter((t) => t.overruns)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
  });

  test('hovering a mark shows its value, status, source and locator; an estimate shows its formula', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto(INTERVIEW);
    await enhance(page);
    const tooltip = page.locator(`${CHART} .chart-tooltip`);
    await expect(tooltip).toBeHidden();
    await page.locator(`${CHART} .chart-mark[data-id="fibre-2016"] .chart-bar`).hover();
    await expect(tooltip).toBeVisible();
    for (const t of ['Déploiement de la fibre optique en 2016', '46\u00a0M€', 'montant budgété, 2016', 'Lyon Entreprises, §4']) await expect(tooltip).toContainText(t);
    await page.locator(`${CHART} .chart-mark[data-id="fibre-2015"] .chart-bar`).hover();
    for (const t of ['≈\u00a033,1\u00a0M€', 'estimation déduite, 2015', 'Calcul\u202f: 46 ÷ (1 + 39 ÷ 100)']) await expect(tooltip).toContainText(t);
    await page.mouse.move(1, 1);
    await expect(tooltip).toBeHidden();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the chart is one tab stop; arrow keys, Home and End move between marks with visible focus and the tooltip', async ({ page }) => {
    await page.goto(INTERVIEW);
    await enhance(page);
    const chart = page.locator(CHART);
    const mark = (id: string) => chart.locator(`.chart-mark[data-id="${id}"]`);
    const tooltip = chart.locator('.chart-tooltip');
    // The figure just before the chart in the text, then one Tab.
    await page.locator('.prose a.figure-value[data-figure="fibre-increase"]').last().focus();
    await page.keyboard.press('Tab');
    await expect(mark('fibre-2015')).toBeFocused();
    await expect(tooltip).toContainText('≈\u00a033,1\u00a0M€');
    expect(await mark('fibre-2015').locator('.chart-focus').evaluate((e) => getComputedStyle(e).stroke)).not.toBe('none');

    await page.keyboard.press('ArrowDown');
    await expect(mark('fibre-2016')).toBeFocused();
    await expect(tooltip).toContainText('Lyon Entreprises, §4');
    await page.keyboard.press('ArrowRight');
    await expect(mark('numerique-2016')).toBeFocused();
    await expect(tooltip).toContainText('§1');
    await page.keyboard.press('End');
    await expect(mark('campus-2016')).toBeFocused();
    await expect(tooltip).toContainText('autorisation de programme');
    await page.keyboard.press('ArrowDown');
    await expect(mark('campus-2016')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(mark('fibre-2015')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(mark('fibre-2015')).toBeFocused();
    await expect(chart.locator('.chart-mark[tabindex="0"]')).toHaveCount(1);
    await expect(mark('fibre-2015')).toHaveAttribute('aria-label', /33,1.*estimation déduite.*Calcul/);

    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect(chart.locator('summary')).toBeFocused();
    await expect(tooltip).toBeHidden();
    await page.keyboard.press('Shift+Tab');
    await expect(mark('campus-2016')).toBeFocused();
  });

  test('two charts on one page keep their own ids, tooltips and keyboard focus', async ({ page }) => {
    // Serve the interview with its chart twice, the second copy numbered as a second <Chart> would be.
    await page.route(`**${INTERVIEW}`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const figure = /<figure class="chart[\s\S]*?<\/figure>/.exec(html)![0];
      const twin = figure.replace(/graphique-budget-numerique-2016-(\d+)/g, 'graphique-budget-numerique-2016-$1-bis');
      await route.fulfill({ response, body: html.replace(figure, figure + twin) });
    });
    await page.goto(INTERVIEW);
    const charts = page.locator(CHART);
    await expect(charts).toHaveCount(2);
    for (const i of [0, 1]) {
      await charts.nth(i).scrollIntoViewIfNeeded();
      await expect(charts.nth(i).locator('budget-chart')).toHaveClass(/is-enhanced/);
    }
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicates).toEqual([]);
    await charts.nth(1).locator('.chart-mark[data-id="campus-2016"] .chart-bar').hover();
    await expect(charts.nth(1).locator('.chart-tooltip')).toBeVisible();
    await expect(charts.nth(0).locator('.chart-tooltip')).toBeHidden();
    await charts.nth(1).locator('.chart-mark[data-id="fibre-2016"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(charts.nth(1).locator('.chart-mark[data-id="numerique-2016"]')).toBeFocused();
    await expect(charts.nth(0).locator('.chart-mark[tabindex="0"]')).toHaveAttribute('data-id', 'fibre-2015');
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('no transition or animation runs', async ({ page }) => {
      await page.goto(INTERVIEW);
      await enhance(page);
      await page.locator(`${CHART} .chart-mark[data-id="fibre-2016"] .chart-bar`).hover();
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    });
  });

  test.describe('without a reduced-motion preference', () => {
    test.use({ reducedMotion: 'no-preference' });
    test('the bars grow in once', async ({ page }) => {
      await page.goto(INTERVIEW);
      await enhance(page);
      expect(await page.evaluate(() => document.getAnimations().filter((a) => (a as CSSAnimation).animationName === 'chart-grow').length)).toBe(4);
    });
  });

  test('in forced colours, estimates stay told apart from stated amounts', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(INTERVIEW);
    await enhance(page);
    const style = (id: string) =>
      page.locator(`${CHART} .chart-mark[data-id="${id}"] .chart-bar`).evaluate((e) => {
        const s = getComputedStyle(e);
        return { fill: s.fill, dash: s.strokeDasharray };
      });
    const estimate = await style('fibre-2015');
    const stated = await style('fibre-2016');
    expect(estimate.fill).toMatch(/^url\(/);
    expect(estimate.dash).not.toBe('none');
    expect(stated.fill).not.toMatch(/^url\(/);
    expect(stated.dash).toBe('none');
  });

  for (const path of chartPages) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds nothing in the enhanced chart on ${path} in ${scheme}, with a mark focused`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path);
          await enhance(page);
          await page.locator(`${CHART} .chart-mark[data-id="fibre-2016"]`).focus();
          await page.locator(`${CHART} summary`).click();
          const { violations } = await new AxeBuilder({ page }).include(CHART).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `at ${width} px`).toEqual([]);
        }
      });
    }
  }
});
