/** The editors' guide: out of search engines, live examples with their code, every id listed. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { GUIDE_PATH, notIndexedReason } from '../../src/lib/site/routes.ts';
import { quotations, squash } from './support/site.ts';
import { isComparisonFile } from '../../src/content/data-files.ts';

const figureIds = readdirSync('content/data')
  .filter((f) => !isComparisonFile(f))
  .flatMap((f) => (parse(readFileSync(`content/data/${f}`, 'utf8')) as { values: { id: string }[] }).values.map((v) => v.id));

test('the guide is noindex and listed for the sitemap to leave out', async ({ page }) => {
  expect(notIndexedReason(GUIDE_PATH)).toBeDefined();
  await page.goto(GUIDE_PATH);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('each component shows live, next to the code to copy', async ({ page }) => {
  await page.goto(GUIDE_PATH);
  const figure = page.getByRole('region', { name: 'Code à copier\u202f: Un chiffre' });
  const id = /<Figure id="([^"]+)" \/>/.exec(await figure.innerText())?.[1];
  expect(figureIds).toContain(id);
  await expect(page.locator(`[data-figure="${id}"]`).first()).toBeVisible();
  for (const name of ['Une citation en bloc', 'Une citation dans une phrase', 'Une question de l’entretien', 'Une note', 'Des chiffres clés', 'À lire aussi', 'Les sources', 'Une image'])
    await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
});

test('every figure, quotation and source id is listed', async ({ page }) => {
  await page.goto(GUIDE_PATH);
  const rowHeaders = await page.getByRole('rowheader').allTextContents();
  const sourceIds = readdirSync('content/sources').map((f) => f.replace(/\.yaml$/, ''));
  expect(rowHeaders).toEqual(expect.arrayContaining([...figureIds, ...Object.keys(quotations()), ...sourceIds]));
});

test('KeyFigures renders as cards: nothing overflows, no prose indent', async ({ page }) => {
  await page.goto(GUIDE_PATH);
  const example = page.locator('section', { has: page.getByRole('heading', { name: 'Des chiffres clés', level: 3 }) });
  const cards = example.locator('[data-figure]');
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) {
    const fits = await card.evaluate((el) => [...el.querySelectorAll('dt, dd')].every((c) => {
      const [a, b] = [el.getBoundingClientRect(), c.getBoundingClientRect()];
      return b.left >= a.left && b.right <= a.right + 0.5 && getComputedStyle(c).paddingInlineStart === '0px';
    }));
    expect(fits).toBe(true);
  }
});

test('ReadAlso shows an untitled source cleanly: publisher and date, no empty « », no placeholder', async ({ page }) => {
  await page.goto(GUIDE_PATH);
  const sources = readdirSync('content/sources').map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(`content/sources/${f}`, 'utf8')) as { title?: string; publisher: string } }));
  const untitled = sources.find((s) => !s.data.title);
  const titled = sources.find((s) => s.data.title);
  expect(untitled && titled).toBeTruthy();
  const item = page.locator(`[data-read-also="${untitled!.id}"]`);
  await expect(item).toContainText(`Article de ${untitled!.data.publisher}`);
  await expect(item.locator('q')).toHaveCount(0);
  await expect(item).not.toContainText(/non relevé|«\s*»|undefined/);
  await expect(page.locator(`[data-read-also="${titled!.id}"] q`).first()).toBeVisible();
  await expect(page.locator('q:empty')).toHaveCount(0);
});

test('no raw {figure-id} token is shown outside the code to copy', async ({ page }) => {
  await page.goto(GUIDE_PATH);
  const shown = await page.locator('main').evaluate((main) => {
    const clone = main.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('pre, code').forEach((c) => c.remove());
    return clone.innerText;
  });
  expect(shown).not.toMatch(/\{[a-z0-9-]+\}/);
});

test('the inline quotation sits in a correct sentence: « X le dit ainsi : « … ». »', async ({ page }) => {
  await page.goto(GUIDE_PATH);
  const example = page.locator('section', { has: page.getByRole('heading', { name: 'Une citation dans une phrase', level: 3 }) });
  const live = example.locator('p', { has: page.locator('q[data-quote]') });
  const id = await live.locator('q').getAttribute('data-quote');
  const q = quotations()[id!]!;
  expect(q.text).not.toMatch(/[.!?…]$/);
  expect(squash(await live.innerText())).toBe(squash(`${q.speaker} le dit ainsi\u202f: ${q.text}.`));
});
