/** The dossier articles' charts in the browser: complete without JavaScript, enhanced on view, usable by pointer and keyboard. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support/watch.ts';
import { measureChartTexts } from './support/chart-texts.ts';

interface Case {
  name: string;
  path: string;
  id: string;
  tag: string;
  title: string;
  marks: string[];
  /** Texts the chart draws, whatever the layout. */
  texts: string[];
  description: string;
  source: string;
  /** A mark, what its tooltip says, and the next mark. */
  hover: { id: string; says: string[] };
}

const CASES: Case[] = [
  {
    name: 'recruitment series',
    path: '/articles/emploi-numerique-recrutement/',
    id: 'recrutement-difficile-editions',
    tag: 'series-chart',
    title: 'Recruter dans le numérique\u202f: de 60\u202f% à 71\u202f% des entreprises en difficulté, de 2017 à 2018',
    marks: ['recrutement-difficile-2016', 'recrutement-difficile-2017', 'recrutement-difficile-2018'],
    texts: ['50\u202f%', '60\u202f%', '71\u202f%', '1re', '3e', 'mai 2017', 'printemps', 'posée', 'même question, date connue'],
    description: 'question formulée autrement',
    source: 'Acteurs de l’économie',
    hover: { id: 'recrutement-difficile-2016', says: ['50\u202f%', '1re édition, printemps 2016\u202f?', 'Date déduite, incertaine', 'L’Usine Digitale, texte de l’article'] },
  },
  {
    name: 'Campus timeline',
    path: '/articles/campus-numerique-charbonnieres/',
    id: 'campus-chronologie',
    tag: 'timeline-chart',
    title: 'Du projet de campagne à l’agrandissement\u202f: dix ans de Campus numérique',
    marks: [
      'annonce-campagne',
      'entretien-lyon-entreprises',
      'silence-radio',
      'feuille-de-route',
      'ecole-101',
      'ouverture-king-charles',
      'inauguration-king-charles',
      'projet-wilmotte',
      'premiere-pierre',
      'premiers-residents',
      'ouverture-charbonnieres',
      'visite-pannekoucke',
      'agrandissement',
    ],
    texts: ['octobre 2015', 'Promesse', '21 juin 2019', 'septembre 2017', '4 janvier 2021', 'Agrandissement', 'date déduite ou approximative'],
    description: 'ouvert à la rentrée 2017',
    source: 'Blog d’Astrid Baudroche',
    hover: { id: 'annonce-campagne', says: ['octobre 2015', 'Date\u202f: mois déduit', '6\u00a0M€', 'Blog de campagne d’Astrid Baudroche, texte du billet'] },
  },
];

const chartOf = (page: Page, c: Case) => page.locator(`figure.chart[data-chart="${c.id}"]`);
const visibleSvg = (page: Page, c: Case) => chartOf(page, c).locator('svg.chart-svg:visible');

async function enhance(page: Page, c: Case) {
  await chartOf(page, c).scrollIntoViewIfNeeded();
  await expect(chartOf(page, c).locator(c.tag)).toHaveClass(/is-enhanced/);
}

/** Texts of a dossier chart; overrun slack 2 px. */
const measureTexts = (page: Page, c: Case) => measureChartTexts(page, `figure.chart[data-chart="${c.id}"]`, 2);

for (const c of CASES) {
  test.describe(`${c.name}, with JavaScript disabled`, () => {
    test.use({ javaScriptEnabled: false });

    test(`${c.path}: the chart is complete (marks, labels, description, notes, source, table)`, async ({ page }) => {
      for (const width of [320, 375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(c.path);
        const chart = chartOf(page, c);
        await expect(chart.getByRole('heading', { name: c.title })).toBeVisible();
        await expect(chart.locator('.chart-description')).toContainText(c.description);
        await expect(visibleSvg(page, c)).toHaveCount(1);
        await expect(page.getByRole('img', { name: c.title })).toBeVisible();
        const svg = visibleSvg(page, c);
        await expect(svg.locator('.chart-mark')).toHaveCount(c.marks.length);
        expect(await svg.locator('.chart-mark').evaluateAll((ms) => ms.map((m) => (m as SVGElement).dataset.id))).toEqual(c.marks);
        const texts = (await svg.locator('text').allTextContents()).join(' | ');
        for (const t of c.texts) expect(texts, `at ${width} px`).toContain(t);
        await expect(chart.locator('.chart-source')).toContainText(c.source);
        await expect(chart.locator('.chart-notes li').first()).toBeVisible();
        const measured = await measureTexts(page, c);
        expect(measured.filter((t) => t.px < 12), `at ${width} px`).toEqual([]);
        expect(measured.filter((t) => t.overruns), `at ${width} px`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      }
      await page.setViewportSize({ width: 375, height: 900 });
      await page.goto(c.path);
      const chart = chartOf(page, c);
      await chart.getByText('Voir les données du graphique').click();
      const table = chart.getByRole('table');
      await expect(table).toBeVisible();
      expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id))).toEqual(c.marks);
      await expect(table.locator('th[scope="col"]')).toHaveCount(4);
      await expect(table.locator(`tr[data-id="${c.hover.id}"]`)).toContainText(c.hover.says.at(-1)!);
    });
  });

  test.describe(`${c.name}, with JavaScript`, () => {
    test(`${c.path}: the enhancer loads only once the chart is visible, then re-lays the chart out at its width`, async ({ page, baseURL }) => {
      const watch = watchPage(page, new URL(baseURL!).origin);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.setViewportSize({ width: 1280, height: 500 });
      await page.goto(c.path, { waitUntil: 'networkidle' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(chartOf(page, c)).not.toBeInViewport();
      await page.waitForTimeout(200);
      expect(scripts.filter((s) => s.includes('enhance'))).toEqual([]);
      await expect(chartOf(page, c).locator(c.tag)).not.toHaveClass(/is-enhanced/);

      await enhance(page, c);
      expect(scripts.filter((s) => s.includes('enhance'))).toHaveLength(1);
      const svg = chartOf(page, c).locator('svg.chart-svg');
      await expect(svg).toHaveCount(1);
      await expect(svg).toHaveClass(/is-live/);
      const width = await chartOf(page, c).locator('.chart-graphic').evaluate((e) => Math.floor(e.clientWidth));
      await expect(svg).toHaveAttribute('width', String(width));
      await page.setViewportSize({ width: 375, height: 700 });
      await expect(svg).not.toHaveAttribute('width', String(width));
      const texts = await measureTexts(page, c);
      expect(texts.filter((t) => t.px < 12)).toEqual([]);
      expect(texts.filter((t) => t.overruns)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.failedRequests).toEqual([]);
      expect(watch.outsideRequests).toEqual([]);
    });

    test(`${c.path}: hovering or focusing a mark shows its tooltip; arrows, Home and End move between marks with visible focus`, async ({ page, baseURL }) => {
      const watch = watchPage(page, new URL(baseURL!).origin);
      await page.goto(c.path);
      await enhance(page, c);
      const chart = chartOf(page, c);
      const mark = (id: string) => chart.locator(`.chart-mark[data-id="${id}"]`);
      const tooltip = chart.locator('.chart-tooltip');
      await expect(tooltip).toBeHidden();
      await mark(c.hover.id).locator('.series-dot, .timeline-marker').hover();
      await expect(tooltip).toBeVisible();
      for (const t of c.hover.says) await expect(tooltip).toContainText(t);
      await page.mouse.move(1, 1);
      await expect(tooltip).toBeHidden();

      await expect(chart.locator('.chart-mark[tabindex="0"]')).toHaveCount(1);
      await mark(c.marks[0]!).focus();
      await expect(tooltip).toBeVisible();
      expect(await mark(c.marks[0]!).locator('.chart-focus').evaluate((e) => getComputedStyle(e).stroke)).not.toBe('none');
      await page.keyboard.press('ArrowRight');
      await expect(mark(c.marks[1]!)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(mark(c.marks[2]!)).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      await expect(mark(c.marks[1]!)).toBeFocused();
      await page.keyboard.press('End');
      await expect(mark(c.marks.at(-1)!)).toBeFocused();
      await expect(tooltip).toContainText((await mark(c.marks.at(-1)!).getAttribute('aria-label'))!.split('\u202f; ')[0]!);
      await page.keyboard.press('Home');
      await expect(mark(c.marks[0]!)).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
      await page.keyboard.press('Tab');
      await expect(chart.locator('summary')).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(mark(c.marks[0]!)).toBeFocused();
      expect(watch.consoleErrors).toEqual([]);
    });

    test(`${c.path}: two copies of the chart on one page keep their own ids, tooltips and focus`, async ({ page }) => {
      await page.route(`**${c.path}`, async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const figure = new RegExp(`<figure class="chart[^>]*data-chart="${c.id}"[\\s\\S]*?</figure>`).exec(html)![0];
        const twin = figure.replace(new RegExp(`graphique-${c.id}-(\\d+)`, 'g'), `graphique-${c.id}-$1-bis`);
        await route.fulfill({ response, body: html.replace(figure, figure + twin) });
      });
      await page.goto(c.path);
      const charts = page.locator(`figure.chart[data-chart="${c.id}"]`);
      await expect(charts).toHaveCount(2);
      for (const i of [0, 1]) {
        await charts.nth(i).scrollIntoViewIfNeeded();
        await expect(charts.nth(i).locator(c.tag)).toHaveClass(/is-enhanced/);
      }
      const duplicates = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      expect(duplicates).toEqual([]);
      await charts.nth(1).locator(`.chart-mark[data-id="${c.marks[1]}"]`).focus();
      await expect(charts.nth(1).locator('.chart-tooltip')).toBeVisible();
      await expect(charts.nth(0).locator('.chart-tooltip')).toBeHidden();
      await page.keyboard.press('ArrowRight');
      await expect(charts.nth(1).locator(`.chart-mark[data-id="${c.marks[2]}"]`)).toBeFocused();
      await expect(charts.nth(0).locator('.chart-mark[tabindex="0"]')).toHaveAttribute('data-id', c.marks[0]!);
    });

    test.describe('with reduced motion', () => {
      test.use({ reducedMotion: 'reduce' });
      test(`${c.path}: no transition or animation runs`, async ({ page }) => {
        await page.goto(c.path);
        await enhance(page, c);
        await chartOf(page, c).locator(`.chart-mark[data-id="${c.marks[1]}"]`).locator('.series-dot, .timeline-marker').hover();
        expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
      });
    });

    test.describe('without a reduced-motion preference', () => {
      test.use({ reducedMotion: 'no-preference' });
      test(`${c.path}: the marks come in once`, async ({ page }) => {
        await page.goto(c.path);
        await enhance(page, c);
        expect(await page.evaluate(() => document.getAnimations().filter((a) => ['chart-draw', 'chart-fade'].includes((a as CSSAnimation).animationName)).length)).toBeGreaterThan(0);
      });
    });

    test(`${c.path}: in forced colours, uncertain marks stay told apart from firm ones`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(c.path);
      await enhance(page, c);
      const style = (sel: string) =>
        chartOf(page, c)
          .locator(`.chart-marks ${sel}`)
          .first()
          .evaluate((e) => {
            const s = getComputedStyle(e);
            return { fill: s.fill, dash: s.strokeDasharray };
          });
      const firm = await style('.series-dot:not(.is-caveat), .timeline-marker:not(.is-uncertain)');
      const unsure = await style('.series-dot.is-caveat, .timeline-marker.is-uncertain');
      expect(unsure.dash).not.toBe('none');
      expect(firm.dash).toBe('none');
      expect(unsure.fill).not.toBe(firm.fill);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`${c.path}: axe finds nothing in the enhanced chart in ${scheme}, with a mark focused`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(c.path);
          await enhance(page, c);
          await chartOf(page, c).locator(`.chart-mark[data-id="${c.marks[1]}"]`).focus();
          await chartOf(page, c).locator('summary').click();
          const { violations } = await new AxeBuilder({ page }).include(`figure.chart[data-chart="${c.id}"]`).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `at ${width} px`).toEqual([]);
        }
      });
    }
  });
}
