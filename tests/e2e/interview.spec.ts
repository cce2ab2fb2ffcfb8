/** The interview page: quotations verbatim in quotation markup, figures with provenance, readable without JavaScript. */
import { expect, test } from '@playwright/test';
import { INTERVIEW, interviewQuotations as quotations, textOutsideCorrections } from './support/site.ts';

test('every allowed quotation appears verbatim inside <q> or <blockquote>', async ({ page }) => {
  await page.goto(INTERVIEW);
  const quoted = await page.locator('q, blockquote').allTextContents();
  for (const [id, { text }] of Object.entries(quotations())) {
    expect(quoted.some((t) => t.includes(text)), `${id}: ${text}`).toBe(true);
  }
});

test('the two questions are headings credited to the interviewer', async ({ page }) => {
  await page.goto(INTERVIEW);
  const q = quotations();
  for (const id of ['question-1', 'question-2'] as const) {
    await expect(page.getByRole('heading', { level: 2, name: q[id]!.text })).toBeVisible();
  }
  await expect(page.getByText('Question de Marie-Françoise Villard').first()).toBeVisible();
  await expect(page.getByText('Propos recueillis par Marie-Françoise Villard').first()).toBeVisible();
});

test('a figure links to its row in the figure table, which gives its source and locator', async ({ page }) => {
  await page.goto(INTERVIEW);
  const figure = page.locator('.prose a.figure-value[data-figure="fibre-2016"]').first();
  await expect(figure).toHaveText('46\u00a0M€');
  await figure.click();
  const row = page.locator('#chiffre-fibre-2016');
  await expect(row).toBeInViewport();
  await expect(row).toContainText('Lyon Entreprises');
  await expect(row).toContainText('§4');
});

test('a derived figure says it is an estimate and shows its formula', async ({ page }) => {
  await page.goto(INTERVIEW);
  const row = page.locator('#chiffre-fibre-2015');
  await expect(row).toContainText('33,1\u00a0M€');
  await expect(row).toContainText('estimation déduite');
  await expect(row).toContainText('46 ÷ (1 + 39 ÷ 100)');
});

test('the chapô’s 46 M€ total is attributed to the chapô, the fibre reading rests on independent sources, and no share rests on the total', async ({ page }) => {
  await page.goto(INTERVIEW);
  const main = page.locator('main');
  await expect(main).toContainText('Le chapô de Lyon Entreprises présente l’enjeu à sa façon');
  expect(await textOutsideCorrections(page)).not.toContain('3,3');
  await expect(page.locator('q[data-quote="enviscope-thd-2016"]')).toContainText('discuté les 14 et 15 avril');
  await expect(page.locator('q[data-quote="jarry-infrastructures"]')).toContainText('augmentation de 40 % du budget des infrastructures');
  await expect(main).toContainText('dix-huit jours après le vote');
  expect(await textOutsideCorrections(page)).not.toContain('Voici l’entretien');
  await expect(main).toContainText(/«\s*Campus Numérique\s*»/);
});

test('the fibre growth rate reads as an announced change, not a budgeted amount', async ({ page }) => {
  await page.goto(INTERVIEW);
  const note = page.locator('#chiffre-fibre-growth');
  await page.locator('.prose a.figure-value[data-figure="fibre-growth"]').first().click();
  await expect(note).toBeInViewport();
  await expect(note).toContainText('variation annoncée, 2016');
  await expect(note).not.toContainText('montant budgété');
});

test('the 46 M€ discrepancy note and the Queyranne footnote are on the page', async ({ page }) => {
  await page.goto(INTERVIEW);
  await expect(page.getByText('Un même montant, deux lectures')).toBeVisible();
  await expect(page.locator('[data-footnotes]')).toContainText('Rhône-Alpes Numérique : Solidarité, Proximité, Innovation');
  await expect(page.locator('[data-footnotes]')).toContainText('La desserte Très Haut débit en fibre optique pour tous les foyers en 2025');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the interview reads in full: questions, quotations, figures, sources', async ({ page }) => {
    await page.goto(INTERVIEW);
    const body = await page.locator('main').innerText();
    for (const { text } of Object.values(quotations())) expect(body).toContain(text);
    for (const figure of ['46\u00a0M€', '1,5\u00a0M€', '+39\u202f%', '33,1\u00a0M€']) expect(body).toContain(figure);
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    // A figure's provenance is a link to its row, not script: it still opens.
    await page.locator('.prose a.figure-value[data-figure="campus-2016"]').first().click();
    await expect(page.locator('#chiffre-campus-2016')).toBeInViewport();
  });
});

test('one provenance per figure per page: repeated figures all link to the same single row of the figure table', async ({ page }) => {
  await page.goto('/entretien/laurent-wauquiez-numerique-2016/');
  const links = await page.locator('main a.figure-value[data-figure]').evaluateAll((as) => as.map((a) => [a.getAttribute('data-figure')!, a.getAttribute('href')!]));
  const ids = [...new Set(links.map(([id]) => id))];
  expect(links.length).toBeGreaterThan(ids.length); // some figure occurs more than once
  for (const [id, href] of links) {
    expect(href).toBe(`#chiffre-${id}`);
    await expect(page.locator(`[id="chiffre-${id}"]`)).toHaveCount(1);
    await expect(page.locator(`section.figure-table [id="chiffre-${id}"]`)).toHaveCount(1);
  }
});
