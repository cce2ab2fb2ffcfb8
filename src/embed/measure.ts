/** Measuring an embed page in a browser, shared by `npm run embed-heights` and the tests. */
import type { Page } from '@playwright/test';

/** Height of an embed's content once its chart is drawn, rounded up to 10 px. */
export async function measureEmbed(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('[data-embed] .is-enhanced').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  const height = await page.evaluate(() => document.querySelector('[data-embed]')!.getBoundingClientRect().height);
  return Math.ceil(height / 10) * 10;
}
