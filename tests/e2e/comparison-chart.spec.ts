/** The policy-difference chart: the matrix without JavaScript; highlighting, keyboard and announced reasons with it. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { COMPARISON, comparison, quotations, squash } from './support/site.ts';
import { watchPage } from './support/watch.ts';

const CHART = 'figure.chart[data-chart="plans-2015-2016"]';
const TITLE = 'Deux plans, un seul recoupement net\u202f: la fibre';
const data = comparison();
const quotes = quotations();
const STRENGTH = { strong: 'recoupement fort', partial: 'recoupement partiel' } as Record<string, string>;

/** Scrolls the chart into view and waits for its enhancer to take over. */
async function enhance(page: Page) {
  await page.locator(CHART).scrollIntoViewIfNeeded();
  await expect(page.locator(`${CHART} comparison-chart`)).toHaveClass(/is-enhanced/);
}
const item = (page: Page, id: string) => page.locator(`${CHART} .cmp-item[data-id="${id}"]`);

test('the chart follows the comparison’s introduction, before its first priority, and is on the home page', async ({ page }) => {
  await page.goto(COMPARISON);
  const order = await page.locator(`main ${CHART}, main h2[id^="priorite-"]`).evaluateAll((els) => els.map((e) => e.tagName));
  expect(order[0]).toBe('FIGURE');
  await page.goto('/');
  await expect(page.locator(CHART)).toHaveCount(1);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the diagram is an image named by its title, and the matrix shows all five priorities, every link and every gap', async ({ page }) => {
    await page.goto(COMPARISON);
    const chart = page.locator(CHART);
    await expect(chart.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(page.getByRole('img', { name: TITLE })).toBeVisible();
    await expect(chart.locator('svg.chart-svg:visible .cmp-item')).toHaveCount(data.priorities.length + data.plan.length);
    await expect(chart.locator('.cmp-views')).toBeHidden();
    const table = chart.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(data.priorities.length + 1);
    for (const p of data.priorities) await expect(table.locator(`tr[data-id="${p.id}"] th`)).toContainText(p.title);
    for (const part of data.plan) await expect(table.locator(`thead th[data-plan="${part.id}"]`)).toContainText(part.short);
    for (const l of data.links) {
      const cell = table.locator(`tr[data-id="${l.priority}"] td[data-plan="${l.plan}"]`);
      await expect(cell).toHaveAttribute('data-strength', l.strength);
      const text = squash((await cell.innerText()).replace(/\u00a0|\u202f/g, ' '));
      expect(text, `${l.priority} → ${l.plan}`).toContain(squash(l.reason).replace(/\u00a0|\u202f/g, ' '));
      expect(text).toContain(STRENGTH[l.strength]!);
      expect(text).toMatch(/\(§\d+ et §[\d–-]+\)/);
      for (const q of l.quotes) await expect(cell.locator(`q[data-quote="${q}"]`)).toHaveText(quotes[q]!.text);
    }
    for (const g of data.gaps) {
      const cell = g.side === 'before' ? table.locator(`tr[data-id="${g.item}"] td[data-strength="unmatched"]`) : table.locator(`tr[data-id="unmatched-after"] td[data-plan="${g.item}"]`);
      expect(squash(await cell.innerText()), `gap ${g.item}`).toContain(squash(g.reason));
    }
  });

  test('at 375 px the phone layout shows, the detail is one row per link and gap (no sideways scroll), the page does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(COMPARISON);
    await expect(page.locator(`${CHART} svg.chart-svg:visible`)).toHaveAttribute('data-mode', 'stacked');
    const list = page.getByRole('table', { name: /^Données du graphique/ });
    await expect(list).toHaveClass(/cmp-list/);
    await expect(list.locator('tbody tr')).toHaveCount(data.links.length + data.gaps.length);
    expect(await list.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe('with JavaScript', () => {
  test('two buttons switch between the diagram and the matrix', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto(COMPARISON);
    await enhance(page);
    const chart = page.locator(CHART);
    const diagram = chart.getByRole('button', { name: 'Schéma' });
    const matrix = chart.getByRole('button', { name: 'Matrice' });
    await expect(diagram).toHaveAttribute('aria-pressed', 'true');
    await expect(chart.getByRole('table')).toBeHidden();
    await expect(chart.locator('svg.is-live')).toBeVisible();
    await matrix.click();
    await expect(matrix).toHaveAttribute('aria-pressed', 'true');
    await expect(chart.getByRole('table')).toBeVisible();
    await expect(chart.locator('svg.is-live')).toBeHidden();
    await diagram.click();
    await expect(chart.getByRole('table')).toBeHidden();
    await expect(chart.locator('svg.is-live')).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
  });

  test('hovering a 2015 priority highlights its links and partners and shows the reasons, quotations and locators', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(COMPARISON);
    await enhance(page);
    await expect(page.locator(`${CHART} svg`)).toHaveAttribute('data-mode', 'columns');
    const tooltip = page.locator(`${CHART} .chart-tooltip`);
    await expect(tooltip).toBeHidden();
    await item(page, 'p4').locator('.cmp-box').hover();
    await expect(tooltip).toBeVisible();
    for (const l of data.links.filter((x) => x.priority === 'p4')) {
      await expect(tooltip).toContainText(squash(l.reason).slice(0, 60));
      for (const q of l.quotes) await expect(tooltip).toContainText(`${quotes[q]!.text}\u202f» (${quotes[q]!.locator})`);
      await expect(item(page, l.plan)).toHaveClass(/is-active/);
      await expect(page.locator(`${CHART} .cmp-links path[data-before="p4"][data-after="${l.plan}"]`)).toHaveClass(/is-active/);
    }
    await expect(item(page, 'infrastructures')).not.toHaveClass(/is-active/);
    await expect(page.locator(`${CHART} .cmp-links path[data-before="p5"]`)).not.toHaveClass(/is-active/);
    await page.mouse.move(1, 1);
    await expect(tooltip).toBeHidden();
    await expect(page.locator(`${CHART} svg.has-active`)).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the chart is one tab stop; arrows move along and across columns; each item is announced with its reasons; Enter selects, Escape clears', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(COMPARISON);
    await enhance(page);
    const chart = page.locator(CHART);
    const tooltip = chart.locator('.chart-tooltip');
    await chart.getByRole('button', { name: 'Matrice' }).focus();
    await page.keyboard.press('Tab');
    const first = chart.locator('.cmp-item[tabindex="0"]');
    await expect(first).toBeFocused();
    await expect(chart.locator('.cmp-item[tabindex="0"]')).toHaveCount(1);
    expect(await first.locator('.chart-focus').evaluate((e) => getComputedStyle(e).stroke)).not.toBe('none');

    // The strong link: focus the fibre priority, read its name, go across to its partner.
    const p5 = data.links.find((l) => l.strength === 'strong')!;
    await item(page, p5.priority).focus();
    await expect(chart.getByRole('button', { name: new RegExp(`priorité 5.*Recoupement fort avec.*${squash(p5.reason).slice(0, 40)}`) })).toBeFocused();
    await expect(tooltip).toContainText(quotes[p5.quotes[0]!]!.text);
    await page.keyboard.press('ArrowRight');
    await expect(item(page, p5.plan)).toBeFocused();
    await expect(item(page, p5.priority)).toHaveClass(/is-active/);
    await page.keyboard.press('ArrowLeft');
    await expect(item(page, p5.priority)).toBeFocused();

    // Up and down stay in the 2015 column, the priority set apart included: every priority's reason is reachable.
    const seen = new Set<string>();
    await page.keyboard.press('Home');
    for (let i = 0; i < 8; i++) {
      const focused = chart.locator('.cmp-item:focus');
      seen.add((await focused.getAttribute('data-id')) ?? '');
      expect(await focused.getAttribute('data-side')).toBe('before');
      await page.keyboard.press('ArrowDown');
    }
    expect([...seen].sort()).toEqual(data.priorities.map((p) => p.id).sort());

    // Enter keeps the selection through a pointer passing by; Escape clears it.
    await item(page, 'p3').focus();
    await page.keyboard.press('Enter');
    await expect(item(page, 'p3')).toHaveAttribute('aria-pressed', 'true');
    await page.mouse.move(2, 2);
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(squash(data.links.find((l) => l.priority === 'p3')!.reason).slice(0, 40));
    await page.keyboard.press('Escape');
    await expect(item(page, 'p3')).toHaveAttribute('aria-pressed', 'false');
    await expect(tooltip).toBeHidden();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('every link and gap reason is in the accessible name of an item', async ({ page }) => {
    await page.goto(COMPARISON);
    await enhance(page);
    const names = (await page.locator(`${CHART} .cmp-item`).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))).map((n) => squash(n).replace(/\u00a0|\u202f/g, ' '));
    const all = names.join(' | ');
    for (const l of data.links) expect(all).toContain(squash(l.reason).replace(/\u00a0|\u202f/g, ' ').slice(0, 80));
    for (const g of data.gaps) expect(all).toContain(squash(g.reason).replace(/\u00a0|\u202f/g, ' ').slice(0, 60));
  });

  test('at 375 px the chart stacks, and a tap selects a priority and shows its reasons', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(COMPARISON);
    await enhance(page);
    await expect(page.locator(`${CHART} svg.is-live`)).toHaveAttribute('data-mode', 'stacked');
    await item(page, 'p5').locator('.cmp-box').last().click();
    await expect(item(page, 'p5')).toHaveAttribute('aria-pressed', 'true');
    const tooltip = page.locator(`${CHART} .chart-tooltip`);
    await expect(tooltip).toContainText(quotes['q-fibre']!.text);
    const box = await tooltip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(watch.consoleErrors).toEqual([]);
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('highlighting runs no transition', async ({ page }) => {
      await page.goto(COMPARISON);
      await enhance(page);
      await item(page, 'p4').locator('.cmp-box').hover();
      await expect(page.locator(`${CHART} svg.has-active`)).toHaveCount(1);
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    });
  });

  test('in forced colours, strong and partial links stay told apart by width and dashes', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(COMPARISON);
    await enhance(page);
    const style = (strength: string) =>
      page.locator(`${CHART} .cmp-links path.is-${strength}`).first().evaluate((e) => {
        const s = getComputedStyle(e);
        return { width: s.strokeWidth, dash: s.strokeDasharray };
      });
    const strong = await style('strong');
    const partial = await style('partial');
    expect(strong.dash).toBe('none');
    expect(partial.dash).not.toBe('none');
    expect(parseFloat(strong.width)).toBeGreaterThan(parseFloat(partial.width));
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the enhanced chart in ${scheme}, with an item selected and in the matrix view`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(COMPARISON);
        await enhance(page);
        await item(page, 'p4').focus();
        await page.keyboard.press('Enter');
        const axe = () => new AxeBuilder({ page }).include(CHART).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const list = (v: Awaited<ReturnType<typeof axe>>['violations']) => v.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(list((await axe()).violations), `diagram at ${width} px`).toEqual([]);
        await page.locator(CHART).getByRole('button', { name: 'Matrice' }).click();
        expect(list((await axe()).violations), `matrix at ${width} px`).toEqual([]);
      }
    });
  }
});

test('on a resize the diagram is laid out again (shared live element) and keeps the selected item, its tooltip and the focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(COMPARISON);
  await enhance(page);
  const live = page.locator(`${CHART} svg.is-live`);
  await expect(live).toHaveAttribute('data-mode', 'columns');
  const first = page.locator(`${CHART} .cmp-item`).first();
  const id = (await first.getAttribute('data-id')) ?? '';
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(item(page, id)).toHaveAttribute('aria-pressed', 'true');
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(live).toHaveAttribute('data-mode', 'stacked');
  await expect(item(page, id)).toHaveAttribute('aria-pressed', 'true');
  await expect(item(page, id)).toBeFocused();
  await expect(page.locator(`${CHART} .chart-tooltip`)).toBeVisible();
});
