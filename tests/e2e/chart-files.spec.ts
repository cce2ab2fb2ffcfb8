/** Every chart's files (PNG, SVG, CSV, JSON, oEmbed) exist and parse; the gallery and the preview page use them. */
import { XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { embedPath, exportPath, GALLERY_PATH, oembedPath, PREVIEW_PATH, PREVIEW_WIDTHS } from '../../src/lib/site/embeds.ts';
import { chartIds } from './support/embed-facts.ts';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

for (const id of chartIds()) {
  test(`${id}: PNG, SVG, CSV, JSON and oEmbed exist, parse and agree`, async ({ request, page }) => {
    const get = async (path: string) => {
      const r = await request.get(path);
      expect(r.status(), path).toBe(200);
      return r;
    };
    const oembed = await (await get(oembedPath(id))).json();
    for (const field of ['version', 'type', 'html', 'width', 'height', 'title', 'provider_name', 'provider_url', 'thumbnail_url', 'thumbnail_width', 'thumbnail_height', 'source_title', 'sources'])
      expect(oembed, field).toHaveProperty(field);
    expect(oembed.version).toBe('1.0');
    expect(oembed.type).toBe('rich');
    expect(oembed.html).toMatch(new RegExp(`${embedPath(id)}(\\?theme=light)?"`));
    expect(oembed.html).toContain('/embed/loader.js');
    expect(oembed.html).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"/);

    const png = await (await get(exportPath(id, 'png'))).body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const svg = await (await get(exportPath(id, 'svg'))).text();
    expect(XMLValidator.validate(svg)).toBe(true);
    const svgWidth = Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
    expect(pngSize(png)).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
    expect(pngSize(png).width, 'PNG at 2×').toBe(svgWidth * 2);
    expect(new URL(oembed.thumbnail_url).pathname).toBe(exportPath(id, 'png'));

    const csvText = await (await get(exportPath(id, 'csv'))).text();
    expect(csvText.charCodeAt(0), 'no byte-order mark').not.toBe(0xfeff);
    const [header, ...rows] = parseCsv(csvText);
    const json = await (await get(exportPath(id, 'json'))).json();
    expect(json.id).toBe(id);
    expect(json.sources.length).toBeGreaterThan(0);
    expect(header, 'the CSV header is the JSON columns, in French').toEqual(Object.values(json.columns));
    const keys = Object.keys(json.columns);
    expect(rows.length).toBe(json.data.length);
    rows.forEach((r, i) => {
      expect(r).toHaveLength(header!.length);
      keys.forEach((k, j) => expect(String(json.data[i][k]), `row ${i} ${k}`).toBe(r[j]));
    });
    if (json.kind === 'budget' || json.kind === 'series') {
      expect(header).toEqual(['identifiant', 'libellé', 'valeur', 'unité', 'année', 'nature', 'source', 'adresse de la source', 'repère dans la source', 'calcul']);
      rows.forEach((r, i) => expect(Number(r[2]), `row ${i} value`).toBe(json.data[i].value));
    }

    // The rows are what the chart shows, in its own data table's order on its embed page.
    await page.goto(embedPath(id));
    if (json.kind === 'comparison') {
      // One row per non-empty cell of the matrix: each link (strong, partial or none) and each gap.
      const cells = await page.locator('.cmp-table td[data-strength]').evaluateAll((tds) => tds.map((td) => `${td.closest('tr')!.dataset.id}|${(td as HTMLElement).dataset.plan ?? ''}`));
      expect(cells).toEqual(json.data.map((d: Record<string, string>) => `${d.priorityId || 'unmatched-after'}|${d.planId}`));
    } else {
      const ids = await page.locator('.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
      expect(ids).toEqual(json.data.map((d: Record<string, string>) => d.id));
    }
  });
}

test('the gallery lists every chart with its preview, snippet, copy button and files', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(GALLERY_PATH);
  for (const id of chartIds()) {
    const snippet = page.locator(`#code-${id}`);
    const oembed = await (await page.request.get(oembedPath(id))).json();
    // oEmbed adds only frameborder="0", the border control WordPress keeps once it drops `style`.
    await expect(snippet, 'the gallery and oEmbed give the same snippet').toHaveValue(oembed.html.replace(' frameborder="0"', ''));
    await expect(page.locator(`img[src="${exportPath(id, 'svg')}"]`)).toHaveAttribute('alt', /.{30,}/);
    for (const f of ['png', 'svg', 'csv', 'json'] as const) await expect(page.locator(`a[href="${exportPath(id, f)}"]`)).toHaveCount(1);
    await expect(page.locator(`a[href="${oembedPath(id)}"]`)).toHaveCount(1);
    const button = page.locator(`button[data-copy="code-${id}"]`);
    await button.click();
    await expect(page.locator(`[data-copy-status="code-${id}"]`)).toHaveText('Code copié.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  }
});

test.describe('the gallery without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('keeps the snippet selectable and hides the copy button that cannot work', async ({ page }) => {
    await page.goto(GALLERY_PATH);
    await expect(page.locator('textarea[readonly]').first()).toBeVisible();
    await expect(page.locator('button[data-copy]').first()).toBeHidden();
  });
});

test('the preview page shows every embed at 320, 600 and 1000 px, each fitted to its content', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PREVIEW_PATH);
  for (const id of chartIds()) {
    for (const width of PREVIEW_WIDTHS) {
      const iframe = page.locator(`iframe[data-dossier-chart="${id}"][data-preview-width="${width}"]`);
      await iframe.scrollIntoViewIfNeeded();
      expect(await iframe.evaluate((e) => e.clientWidth)).toBe(width);
      const frame = (await (await iframe.elementHandle())!.contentFrame())!;
      await frame.waitForSelector('[data-embed]', { state: 'attached' });
      await expect.poll(async () => {
        const inner = await frame.evaluate(() => Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height));
        const outer = await iframe.evaluate((e) => e.clientHeight);
        return Math.abs(inner - outer) <= 1;
      }).toBe(true);
    }
  }
});
