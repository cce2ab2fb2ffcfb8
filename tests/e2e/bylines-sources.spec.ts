/** Bylines and source lines read as French sentences: « Par la rédaction… », no placeholder for a missing title. */
import { expect, test } from '@playwright/test';
import { builtPages, INTERVIEW } from './support/site.ts';

const articles = () => builtPages().filter((p) => /^\/(entretien|analyse|articles)\/[^/]+\/$/.test(p));

test('the byline reads « Par la rédaction du Dossier Numérique »', async ({ page }) => {
  await page.goto(INTERVIEW);
  await expect(page.locator('article header')).toContainText('Par la rédaction du Dossier Numérique · publié le');
  await expect(page.locator('article header')).not.toContainText('Par Rédaction');
});

test('source lines leave an unrecorded title out, with no placeholder nor dangling comma', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = articles();
  expect(pages.length).toBeGreaterThan(0);
  for (const path of pages) {
    await page.goto(path);
    const lines = await page.locator('.source-citation').allInnerTexts();
    expect(lines.length, path).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line, path).not.toMatch(/titre non relevé|,\s*,|«\s*»|undefined/);
      expect(line.trim(), path).not.toMatch(/^,|,$/);
    }
    await expect(page.locator('.source-citation q:empty'), path).toHaveCount(0);
  }
});
