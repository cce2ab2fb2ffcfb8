/** The promise tracker in the browser: complete without JavaScript, filtered by status with the keyboard, axe clean; the home page leads to it. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support/watch.ts';

const ARTICLE = '/articles/fibre-promesse-chantiers-2016-2022/';
const FACT_CHECK = '/analyse/verification-peu-d-actes-concrets/';
const ID = 'promesses-2016';
const ROWS = ['fibre-effort-2016', 'fibre-tous-territoires', 'mobile', 'campus-creation', 'campus-calendrier', 'campus-surface', 'campus-hors-les-murs', 'mise-en-reseau'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const chartOf = (page: Page) => page.locator(`figure.chart[data-chart="${ID}"]`);
const items = (page: Page) => chartOf(page).locator('.tracker-item');

// axe on a long article takes long on a busy 2-core machine: give it room.
test.describe.configure({ timeout: 150_000 });

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test(`${ARTICLE}: every commitment reads as a list on a phone — status in words, promise, date, facts with sources, reason`, async ({ page }) => {
    for (const width of [320, 375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ARTICLE);
      const chart = chartOf(page);
      await expect(chart.getByRole('heading', { name: /Les promesses numériques de 2016/ })).toBeVisible();
      expect(await items(page).evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset.row))).toEqual(ROWS);
      for (const row of ROWS) {
        const item = chart.locator(`.tracker-item[data-row="${row}"]`);
        await expect(item.locator('.tracker-status')).toHaveText(/tenue|en partie|pas tenue|trop tôt ou inconnu/);
        await expect(item.locator('.tracker-promise')).not.toBeEmpty();
        await expect(item.locator('.tracker-promised')).toContainText('Promis');
        await expect(item).toContainText('Pourquoi');
      }
      // The interview's date is a bound, never a known day.
      await expect(chart.locator('.tracker-item[data-row="fibre-tous-territoires"] .tracker-promised')).toContainText('3 mai 2016 (au plus tard à cette date');
      // Facts carry their date and source; quoted words come from the store.
      await expect(chart.locator('.tracker-item[data-row="fibre-tous-territoires"] li[data-event="rallonge-2022"]')).toContainText('27 juillet 2022');
      await expect(chart.locator('.tracker-item[data-row="fibre-tous-territoires"] li[data-event="rallonge-2022"]')).toContainText('Source\u00a0: Région Auvergne-Rhône-Alpes');
      await expect(chart.locator('q[data-quote="q-fibre"]')).toHaveText('accélérer le déploiement de la fibre optique pour relier tous les territoires');
      // The filter needs JavaScript: hidden without it, and nothing is hidden from the list.
      await expect(chart.locator('.tracker-filter')).toBeHidden();
      await expect(items(page).filter({ visible: true })).toHaveCount(ROWS.length);
      await expect(page.getByRole('img', { name: /Les promesses numériques de 2016/ })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `at ${width} px`).toBeLessThanOrEqual(0);
    }
    await chartOf(page).getByText('Voir les données du graphique').click();
    const table = chartOf(page).getByRole('table');
    expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id))).toEqual(ROWS);
  });

  test('the home page leads with the findings and reaches both articles and the tracker in one click', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    const findings = page.locator('[data-findings]');
    await expect(findings.getByRole('heading', { name: 'Ce que le dossier a trouvé' })).toBeInViewport();
    await expect(findings).toContainText('exagéré');
    await expect(findings.locator('[data-home-tracker] li')).toHaveCount(ROWS.length);
    await expect(findings.getByRole('link', { name: 'Lire la vérification' })).toHaveAttribute('href', FACT_CHECK);
    await findings.getByRole('link', { name: 'Voir le suivi des promesses' }).click();
    await expect(page).toHaveURL(ARTICLE);
    await expect(items(page)).toHaveCount(ROWS.length);
  });
});

test.describe('with JavaScript', () => {
  test(`${ARTICLE}: the status filter works from the keyboard and says how many commitments it shows`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(ARTICLE);
    await chartOf(page).locator('tracker-chart').scrollIntoViewIfNeeded();
    await expect(chartOf(page).locator('tracker-chart')).toHaveClass(/is-enhanced/);
    const filter = chartOf(page).getByRole('group', { name: 'Filtrer par statut' });
    await expect(filter).toBeVisible();
    const all = filter.getByRole('button', { name: /^Tous/ });
    await expect(all).toHaveAttribute('aria-pressed', 'true');

    await all.focus();
    await page.keyboard.press('ArrowRight'); // the first status with rows: « tenue »
    await expect(filter.getByRole('button', { name: /tenue \(2\)/ }).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(items(page).filter({ visible: true })).toHaveCount(2);
    expect(await items(page).filter({ visible: true }).evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset.status))).toEqual(['tenue', 'tenue']);
    await expect(chartOf(page).locator('.tracker-count')).toHaveText('2 engagement(s) affiché(s) sur 8');

    await page.keyboard.press('End');
    await page.keyboard.press('Space');
    await expect(filter.getByRole('button', { name: /trop tôt ou inconnu/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(items(page).filter({ visible: true })).toHaveCount(4);

    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(items(page).filter({ visible: true })).toHaveCount(ROWS.length);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
  });

  test(`${ARTICLE}: focusing a part of the tally shows which promises it counts`, async ({ page }) => {
    await page.goto(ARTICLE);
    await chartOf(page).locator('tracker-chart').scrollIntoViewIfNeeded();
    await expect(chartOf(page).locator('tracker-chart')).toHaveClass(/is-enhanced/);
    await chartOf(page).locator('.chart-mark[data-id="statut-tenue"]').focus();
    await expect(chartOf(page).locator('.chart-tooltip')).toContainText('Créer le Campus européen des métiers du numérique');
    await page.keyboard.press('ArrowRight');
    await expect(chartOf(page).locator('.chart-mark[data-id="statut-en-partie"]')).toBeFocused();
  });
});

for (const path of [ARTICLE, FACT_CHECK, '/', `/embed/${ID}/`]) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`axe finds nothing on ${path} in ${scheme} at ${width} px, filter in use`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const chart = chartOf(page);
        if (await chart.count()) {
          await chart.locator('tracker-chart').scrollIntoViewIfNeeded();
          await expect(chart.locator('tracker-chart')).toHaveClass(/is-enhanced/);
          await chart.getByRole('button', { name: /en partie/ }).click();
        }
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
}
