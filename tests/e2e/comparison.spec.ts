/** The comparison page: every judgement readable, with its reason and quotations, even without JavaScript. */
import { expect, test } from '@playwright/test';
import { COMPARISON, comparison, INTERVIEW, quotations, squash } from './support/site.ts';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the five 2015 titles appear verbatim, and every link and gap gives its reason', async ({ page }) => {
    await page.goto(COMPARISON);
    const text = squash(await page.locator('main').innerText());
    const data = comparison();
    for (const p of data.priorities) expect(text).toContain(p.title);
    for (const l of data.links) expect(text, `${l.priority} → ${l.plan}`).toContain(squash(l.reason));
    for (const g of data.gaps) expect(text, `gap ${g.item}`).toContain(squash(g.reason));
  });

  test('the supporting quotations are verbatim, in quotation markup', async ({ page }) => {
    await page.goto(COMPARISON);
    const quoted = await page.locator('q, blockquote').allTextContents();
    const q = quotations();
    for (const id of new Set(comparison().links.flatMap((l) => l.quotes))) expect(quoted, id).toContain(q[id]!.text);
  });

  test('a link no quotable passage supports says so instead of citing an unrelated quotation', async ({ page }) => {
    await page.goto(COMPARISON);
    const mobile = page.locator('section:has(#priorite-p3) li[data-strength="partial"]').first();
    await expect(mobile).toContainText('aucune citation de l’entretien ne l’appuie mot pour mot');
    await expect(mobile.locator('q')).toHaveCount(0);
  });

  test('the 2015 report is presented as the interview reports it, with the 2012 strategy, and no unfair comparison', async ({ page }) => {
    await page.goto(COMPARISON);
    const main = page.locator('main');
    await expect(main).toContainText('ce rapport n’a pas été retrouvé');
    await expect(main).toContainText('29 mars 2012');
    await expect(main).not.toContainText('qui disparaît');
    await expect(main).not.toContainText('changement de ton');
    await expect(main).toContainText('que la Région Rhône-Alpes cofinançait');
  });
});

test('the interview links to the comparison from its second question, and the home page lists it', async ({ page }) => {
  await page.goto(INTERVIEW);
  await page.getByRole('link', { name: 'Queyranne 2015, Wauquiez 2016 : deux plans numériques face à face' }).first().click();
  await expect(page).toHaveURL(COMPARISON);
  await page.goto('/');
  await expect(page.locator('main').getByRole('link', { name: /deux plans numériques face à face/ })).toBeVisible();
});
