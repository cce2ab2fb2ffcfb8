/** The editors' guide: out of search engines, live examples with their code, every id listed. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { GUIDE_PATH, UNLISTED_PATHS } from '../../src/lib/routes.ts';
import { quotations } from './support/site.ts';
import { isComparisonFile } from '../../src/content/data-files.ts';

const figureIds = readdirSync('content/data')
  .filter((f) => !isComparisonFile(f))
  .flatMap((f) => (parse(readFileSync(`content/data/${f}`, 'utf8')) as { values: { id: string }[] }).values.map((v) => v.id));

test('the guide is noindex and listed for the sitemap to leave out', async ({ page }) => {
  expect(UNLISTED_PATHS).toContain(GUIDE_PATH);
  await page.goto(GUIDE_PATH);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('each component shows live, next to the code to copy', async ({ page }) => {
  await page.goto(GUIDE_PATH);
  const figure = page.getByRole('region', { name: 'Code à copier\u202f: Un chiffre' });
  await expect(figure).toContainText(`<Figure id="${figureIds[0]}" />`);
  await expect(page.locator(`[data-figure="${figureIds[0]}"]`).first()).toBeVisible();
  for (const name of ['Une citation en bloc', 'Une citation dans une phrase', 'Une question de l’entretien', 'Une note', 'Des chiffres clés', 'À lire aussi', 'Les sources', 'Une image'])
    await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
});

test('every figure, quotation and source id is listed', async ({ page }) => {
  await page.goto(GUIDE_PATH);
  const rowHeaders = await page.getByRole('rowheader').allTextContents();
  const sourceIds = readdirSync('content/sources').map((f) => f.replace(/\.yaml$/, ''));
  expect(rowHeaders).toEqual(expect.arrayContaining([...figureIds, ...Object.keys(quotations()), ...sourceIds]));
});
