/** Every built page: answers, is well-formed French, and does nothing wrong in the browser. */
import { expect, test } from '@playwright/test';
import { FOOTER_LATEST } from '../../src/lib/site/dossier-nav.ts';
import { builtPages } from './support/site.ts';
import { watchPage } from './support/watch.ts';

const pages = builtPages();

test('the build has the home, the interview and the 404 page', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/entretien/laurent-wauquiez-numerique-2016/']));
});

for (const path of pages) {
  test(`${path} answers 200 with one h1, lang="fr", a title and a description, cleanly`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(10);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThan(30);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
  });
}

test('an unknown address answers 404 with the French error page', async ({ page }) => {
  const response = await page.goto('/cette-page-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await page.getByRole('link', { name: 'Revenir à l’accueil du dossier' }).click();
  await expect(page).toHaveURL('/');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const path of pages) {
  test(`${path} fits a 320 px screen without horizontal scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('printing the interview keeps its sources and footnote, and drops the navigation', async ({ page }) => {
  await page.goto('/entretien/laurent-wauquiez-numerique-2016/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.locator('[data-footnotes]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Les chiffres de cet article' })).toBeVisible();
  await expect(page.locator('body > header')).toBeHidden();
});

test('every page’s header and footer name a bounded number of articles (the latest few), not the whole archive', async ({ page }) => {
  const article = /^\/(entretien|analyse|articles)\/[^/]+\/$/;
  const articleCount = pages.filter((p) => article.test(p)).length;
  expect(articleCount).toBeGreaterThan(FOOTER_LATEST);
  for (const path of ['/', '/404.html', '/entretien/laurent-wauquiez-numerique-2016/', '/chiffres/']) {
    await page.goto(path);
    const outsideMain = await page.locator('body > header a[href], body > footer a[href]').evaluateAll((links) => [
      ...new Set(links.map((a) => a.getAttribute('href') ?? '')),
    ]);
    // The header's two hub links (the interview, the comparison) plus the footer's latest few.
    expect(outsideMain.filter((href) => article.test(href)).length, path).toBeLessThanOrEqual(FOOTER_LATEST + 2);
    const footer = page.getByRole('navigation', { name: 'Le dossier (pied de page)' });
    await expect(footer.getByRole('list', { name: 'Derniers articles' }).getByRole('link')).toHaveCount(FOOTER_LATEST);
    await expect(footer.getByRole('link', { name: 'Accueil du dossier : tous les articles' })).toHaveAttribute('href', '/');
  }
});
