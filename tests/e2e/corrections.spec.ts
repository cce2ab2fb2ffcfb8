/**
 * The corrections log on the built site: /corrections/ lists every entry of the content,
 * newest first and dated (or says there is none), is linked from every page's footer and
 * from the home page, is in the sitemap, and has a valid RSS feed with one item per entry.
 * (Rendering with entries is also pinned by tests/unit/corrections-build.test.ts.)
 */
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parseContent } from '../../src/lib/content/content-check.ts';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { allCorrections } from '../../src/lib/editorial/corrections.ts';
import { visibleArticles } from '../../src/lib/content/drafts.ts';
import { INTERVIEW } from './support/site.ts';

const { articles, datasets, comparisons, charts } = parseContent(readContentFiles('.'));
const entries = allCorrections({ articles: visibleArticles(articles, false), datasets, comparisons, charts });
const xml = new XMLParser({ ignoreAttributes: false });

test('/corrections/ lists every correction of the content, newest first, each dated with <time datetime>', async ({ page }) => {
  await page.goto('/corrections/');
  await expect(page.locator('h1')).toHaveText('Corrections et mises à jour');
  const items = page.locator('[data-correction]');
  await expect(items).toHaveCount(entries.length);
  if (entries.length === 0) {
    await expect(page.locator('[data-corrections-empty]')).toHaveText('Aucune correction à ce jour.');
    return;
  }
  await expect(page.locator('[data-corrections-empty]')).toHaveCount(0);
  const dates = await items.locator('p:first-child time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  expect(dates).toEqual(entries.map((c) => c.date));
  expect(await items.evaluateAll((lis) => lis.map((li) => li.id))).toEqual(entries.map((c) => `correction-${c.key}`));
});

test('the log is linked from the footer of every page and from the home page', async ({ page }) => {
  await page.goto(INTERVIEW);
  await page.locator('footer').getByRole('link', { name: 'Corrections et mises à jour' }).click();
  await expect(page).toHaveURL(/\/corrections\/$/);
  await page.goto('/');
  await expect(page.locator('main').getByRole('link', { name: /corrections/ })).toHaveAttribute('href', '/corrections/');
});

test('its RSS feed parses, is RSS 2.0 in French, is announced by the page, and has one item per correction', async ({ page, request }) => {
  await page.goto('/corrections/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href="/corrections/rss.xml"]')).toHaveCount(1);
  const response = await request.get('/corrections/rss.xml');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
  const channel = xml.parse(text).rss.channel;
  expect(channel.title).toBe('Dossier Numérique\u202f: corrections et mises à jour');
  expect(channel.link).toMatch(/\/corrections\/$/);
  expect(channel.language).toBe('fr-FR');
  const items = channel.item === undefined ? [] : [channel.item].flat();
  expect(items.map((i: { pubDate: string }) => new Date(i.pubDate).toISOString().slice(0, 10))).toEqual(entries.map((c) => c.date));
});

test('the sitemap lists /corrections/', async ({ request }) => {
  const sitemap = xml.parse(await (await request.get('/sitemap-0.xml')).text());
  const locs = [sitemap.urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname);
  expect(locs).toContain('/corrections/');
});
