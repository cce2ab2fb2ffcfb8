/** The dossier as a publication: reachable articles, navigation that says where it leads, search, feeds, cards. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { dossierArticles } from './support/dossier.ts';
import { builtPages, INTERVIEW } from './support/site.ts';
import { watchPage } from './support/watch.ts';

const articles = dossierArticles();
const CAMPUS = '/articles/campus-numerique-charbonnieres/';

/** Same-origin link targets of the current page, as paths without query or fragment. */
async function linkedPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.map((h) => new URL(h)).filter((u) => u.origin === origin).map((u) => u.pathname))];
}

test('the dossier has the interview and the two articles', () => {
  expect(articles.map((a) => a.path)).toEqual(expect.arrayContaining([INTERVIEW, '/articles/emploi-numerique-recrutement/', CAMPUS]));
});

test('every article is reachable from the hub in two clicks at most', async ({ page }) => {
  await page.goto('/');
  const oneClick = await linkedPaths(page);
  const reached = new Set(oneClick);
  for (const path of oneClick.filter((p) => p.endsWith('/'))) {
    await page.goto(path);
    for (const p of await linkedPaths(page)) reached.add(p);
  }
  for (const a of articles) expect(reached.has(a.path), a.path).toBe(true);
});

test('previous and next links follow the dossier order and lead to the article they name', async ({ page }) => {
  for (const [i, a] of articles.entries()) {
    for (const [kind, expected] of [['previous', articles[i - 1]], ['next', articles[i + 1]]] as const) {
      await page.goto(a.path);
      const link = page.locator(`[data-nav="${kind}"]`);
      if (!expected) {
        await expect(link, `${a.path} has no ${kind}`).toHaveCount(0);
        continue;
      }
      await expect(link).toContainText(expected.title);
      await link.click();
      await expect(page).toHaveURL(expected.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.title);
    }
  }
});

test('related links list the frontmatter’s articles and lead to the article they name', async ({ page }) => {
  for (const a of articles.filter((x) => x.related.length)) {
    await page.goto(a.path);
    const links = page.locator('[data-related] a');
    const expected = a.related.map((id) => articles.find((x) => x.id === id)!);
    await expect(links).toHaveText(expected.map((r) => r.title));
    for (const r of expected) {
      await page.goto(a.path);
      await page.locator('[data-related] a', { hasText: r.title }).click();
      await expect(page).toHaveURL(r.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.title);
    }
  }
});

test('every article shows a breadcrumb, its kind, date, reading time and tags', async ({ page }) => {
  for (const a of articles) {
    await page.goto(a.path);
    const crumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' });
    await expect(crumbs.getByRole('link', { name: 'Dossier Numérique' })).toHaveAttribute('href', '/');
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(a.title);
    await expect(page.locator('article header [data-kind]')).not.toBeEmpty();
    await expect(page.locator('article header time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('article header')).toContainText(/\d+ min de lecture/);
    await expect(page.getByRole('list', { name: 'Mots-clés' }).getByRole('listitem').first()).toBeVisible();
  }
});

for (const [term, expected] of [['fibre', INTERVIEW], ['Charbonnières', CAMPUS]] as const) {
  test(`searching « ${term} » finds ${expected}, with no CSP violation`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto(`/recherche/?q=${encodeURIComponent(term)}`);
    const results = page.locator('#recherche-resultats');
    // Results link to the matching section of the page (a #fragment).
    await expect(results.locator(`a[href^="${expected}"]`).first()).toBeVisible();
    await expect(page.getByRole('status')).toContainText(`pour «\u202f${term}\u202f»`);
    await expect(page.getByRole('searchbox', { name: 'Mots à chercher' })).toHaveValue(term);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
  });
}

test('the search page with results is axe-clean in light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/recherche/?q=Charbonnières');
    await expect(page.locator('#recherche-resultats li').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => v.id), scheme).toEqual([]);
  }
});

test('the header’s search field is a plain form that opens the search page with the query', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('searchbox', { name: 'Rechercher dans le dossier' });
  await field.fill('fibre');
  await field.press('Enter');
  await expect(page).toHaveURL('/recherche/?q=fibre');
  await expect(page.locator(`#recherche-resultats a[href^="${INTERVIEW}"]`).first()).toBeVisible();
});

const xml = new XMLParser({ ignoreAttributes: false });

test('the RSS feed parses and has one item per article, linking to each', async ({ request, baseURL }) => {
  const feed = xml.parse(await (await request.get('/rss.xml')).text());
  const items = [feed.rss.channel.item].flat();
  expect(items).toHaveLength(articles.length);
  const links = items.map((i: { link: string }) => new URL(i.link).pathname);
  expect(links.sort()).toEqual(articles.map((a) => a.path).sort());
  expect(new URL(items[0].link).origin).not.toBe(new URL(baseURL!).origin);
});

test('the sitemap parses and lists the hub and every article', async ({ request }) => {
  const index = xml.parse(await (await request.get('/sitemap-index.xml')).text());
  const locs: string[] = [];
  for (const s of [index.sitemapindex.sitemap].flat()) {
    const map = xml.parse(await (await request.get(new URL(s.loc).pathname)).text());
    locs.push(...[map.urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname));
  }
  expect(locs).toEqual(expect.arrayContaining(['/', ...articles.map((a) => a.path)]));
  expect(locs).not.toContain('/recherche/');
});

test('every page’s og:image is a 1200×630 PNG of the build, and articles carry their own card', async ({ request }) => {
  for (const path of builtPages()) {
    const html = readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
    const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    expect(image, `${path} has an og:image`).toBeTruthy();
    expect(html).toContain(`<meta name="twitter:image" content="${image}"`);
    const response = await request.get(new URL(image!).pathname);
    expect(response.status(), `${path} → ${image}`).toBe(200);
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
    const article = articles.find((a) => a.path === path);
    if (article) expect(new URL(image!).pathname).toBe(`/og/${article.id}.png`);
  }
});

test('articles describe themselves as NewsArticle, with a Dataset for each chart they show', async ({ page }) => {
  for (const a of articles) {
    await page.goto(a.path);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    const types = ld['@graph'].map((n: { '@type': string }) => n['@type']);
    expect(types[0]).toBe('NewsArticle');
    expect(ld['@graph'][0].headline).toBe(a.title);
    const charts = await page.locator('[data-chart-kind]').count();
    expect(types.filter((t: string) => t === 'Dataset')).toHaveLength(charts);
  }
});
