/**
 * Embeds in hosts that run no script of ours (CMS that strip scripts, newsletters' web views):
 * the snippet's fixed height, sized for a 400 px column; the theme the snippet asks for
 * against the reader's setting; the gallery's theme choice; the credit line's wording.
 */
import { expect, test, type Page } from '@playwright/test';
import { embedPath } from '../../src/lib/site/embeds.ts';
import { FALLBACK_COLUMN, MEASURED_HEIGHTS } from '../../src/embed/fallback-heights.ts';
import { measureEmbed } from '../../src/embed/measure.ts';
import { chartIds } from './support/embed-facts.ts';
import { startHostServer, type HostServer } from './support/host-server.ts';

let host: HostServer;
test.beforeAll(async ({ baseURL }) => {
  host = await startHostServer(baseURL!);
});
test.afterAll(async () => {
  await host.close();
});

/**
 * What a fixed height may cost without the loader. At 320 px (a phone) at most a fifth of
 * the chart lies below the frame's edge, where it scrolls inside the frame; at 700 px at most
 * 40 % of the frame is empty. Measured on the four charts: 16 % and 38 % at worst.
 */
const MAX_BELOW_AT_320 = 0.2;
const MAX_EMPTY_AT_700 = 0.4;

/** The iframe's height and its content's, in a host column of `width` px with no loader. */
async function noLoader(page: Page, id: string, width: number) {
  await page.setViewportSize({ width: width + 40, height: 900 });
  await page.goto(`${host.origin}/column.html?chart=${id}&width=${width}&height=${MEASURED_HEIGHTS[id]}`);
  const iframe = page.locator('iframe');
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.locator('[data-embed] .is-enhanced').first().waitFor({ state: 'attached' });
  const outer = await iframe.evaluate((e) => e.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height));
  return { outer, inner };
}

for (const id of chartIds()) {
  test(`${id}: without the loader, the fixed height suits a ${FALLBACK_COLUMN} px column and stays bounded at 320 and 700 px`, async ({ page }) => {
    test.setTimeout(90_000);
    expect(MEASURED_HEIGHTS[id], `${id} has no measured height: run "npm run preview", then "npm run embed-heights"`).toBeGreaterThan(0);
    // The stored height is the chart's own at 400 px (within 10 %: fonts and rounding).
    await page.setViewportSize({ width: FALLBACK_COLUMN, height: 900 });
    const now = await measureEmbed(page, embedPath(id));
    expect(Math.abs(now - MEASURED_HEIGHTS[id]!) / now, `${id}: the stored height (${MEASURED_HEIGHTS[id]} px) is stale, the embed measures ${now} px at ${FALLBACK_COLUMN} px: run "npm run embed-heights"`).toBeLessThanOrEqual(0.1);

    const phone = await noLoader(page, id, 320);
    expect((phone.inner - phone.outer) / phone.inner, `${id} at 320 px: ${phone.inner} px of chart in a ${phone.outer} px frame`).toBeLessThanOrEqual(MAX_BELOW_AT_320);
    const wide = await noLoader(page, id, 700);
    expect((wide.outer - wide.inner) / wide.outer, `${id} at 700 px: ${wide.inner} px of chart in a ${wide.outer} px frame`).toBeLessThanOrEqual(MAX_EMPTY_AT_700);
    test.info().annotations.push({ type: 'heights', description: `${id}: frame ${phone.outer} px; content ${phone.inner} px at 320, ${wide.inner} px at 700` });
  });
}

test('the snippet shows a light chart in a light page even when the reader prefers dark; auto and dark follow the choice', async ({ page }) => {
  const id = chartIds()[0]!;
  const background = async () => {
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.locator('[data-embed]').waitFor();
    return frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  };
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${host.origin}/column.html?chart=${id}&width=600&height=600&theme=auto`);
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${host.origin}/column.html?chart=${id}&width=600&height=600&theme=auto`);
  const dark = await background();
  expect(dark).not.toBe(light);

  // The default snippet (?theme=light) in a reader's dark mode.
  await page.goto(`${host.origin}/column.html?chart=${id}&width=600&height=600`);
  await expect(page.locator('iframe')).toHaveAttribute('src', /\?theme=light$/);
  await expect.poll(background).toBe(light);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${host.origin}/column.html?chart=${id}&width=600&height=600&theme=dark`);
  await expect.poll(background).toBe(dark);
  // An unknown value is ignored: the embed follows the reader's setting, as with no parameter.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${embedPath(id)}?theme=sepia`);
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(dark);
});

test('the gallery offers Auto / Clair / Sombre, light first chosen, and the choice edits the snippet it copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = chartIds()[0]!;
  await page.goto('/graphiques/');
  const field = page.locator(`#code-${id}`);
  const group = page.getByRole('group', { name: 'Thème du graphique' }).first();
  await expect(group.getByRole('radio', { name: 'Clair' })).toBeChecked();
  await expect(field).toHaveValue(new RegExp(`/embed/${id}/\\?theme=light"`));
  await group.getByRole('radio', { name: 'Sombre' }).check();
  await expect(field).toHaveValue(new RegExp(`/embed/${id}/\\?theme=dark"`));
  await group.getByRole('radio', { name: /Auto/ }).check();
  await expect(field).toHaveValue(new RegExp(`/embed/${id}/" title=`));
  await page.locator(`button[data-copy="code-${id}"]`).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
  await expect(page.getByText('le cadre garde une hauteur fixe', { exact: false }).first()).toBeVisible();
});

test.describe('the gallery without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the light snippet and hides the choice it cannot apply', async ({ page }) => {
    const id = chartIds()[0]!;
    await page.goto('/graphiques/');
    await expect(page.locator(`#code-${id}`)).toHaveValue(/\?theme=light"/);
    await expect(page.getByRole('group', { name: 'Thème du graphique' })).toHaveCount(0);
  });
});

for (const id of chartIds()) {
  test(`${embedPath(id)}: the credit reads « article — Dossier Numérique (nouvel onglet) », one colon at most`, async ({ page }) => {
    await page.goto(embedPath(id));
    const text = (await page.locator('.embed-credit a').innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/ — Dossier Numérique \(nouvel onglet\)$/);
    expect(text.match(/:/g)?.length ?? 0, text).toBeLessThanOrEqual(1);
  });
}
