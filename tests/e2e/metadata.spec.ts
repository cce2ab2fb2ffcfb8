/**
 * What other software reads in the built files (dist/): oEmbed discovery, structured data,
 * the RSS feed, robots.txt and the sitemap, and the site address they all share. Reads the
 * files only; no browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { isEmbed } from '../../src/cli/dist-pages.ts';
import { chartIds } from './support/embed-facts.ts';
import { notIndexedReason } from '../../src/lib/site/routes.ts';
import { builtPages } from './support/site.ts';

const file = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);
const html = (path: string) => readFileSync(file(path), 'utf8');
const doc = (path: string) => parse(html(path));
const xml = new XMLParser({ ignoreAttributes: false });

/** The address the site was built for: the home page's canonical URL. */
const site = () => new URL(doc('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

/** Every JSON-LD object of a page, @graph flattened. */
function jsonLd(path: string): Record<string, unknown>[] {
  return doc(path)
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => {
      const data = JSON.parse(s.textContent) as Record<string, unknown>;
      return (data['@graph'] as Record<string, unknown>[] | undefined) ?? [data];
    });
}
const ofType = (items: Record<string, unknown>[], type: string) => items.filter((i) => i['@type'] === type);

/** A URL of the site as a file of dist/. */
const distFile = (url: string) => {
  const u = new URL(url);
  expect(u.origin, url).toBe(site());
  return file(decodeURIComponent(u.pathname));
};

test('every built page ends with </html>: no script or markup after it', () => {
  for (const path of builtPages()) expect(html(path).trimEnd().endsWith('</html>'), path).toBe(true);
});

test('only /embed/<id>/ pages announce an oEmbed document (their own); articles and others announce none', () => {
  for (const path of builtPages()) {
    const links = doc(path).querySelectorAll('link[type="application/json+oembed"]');
    if (isEmbed(path)) {
      expect(links, path).toHaveLength(1);
      expect(new URL(links[0]!.getAttribute('href')!).pathname).toBe(`${path}oembed.json`);
      expect(existsSync(file(`${path}oembed.json`))).toBe(true);
    } else expect(links, path).toHaveLength(0);
  }
});

test('RSS: names its own address (atom:link rel=self) and its last build date, the newest item’s', () => {
  const text = readFileSync('dist/rss.xml', 'utf8');
  const channel = xml.parse(text).rss.channel;
  const self = [channel['atom:link']].flat().find((l: Record<string, string>) => l['@_rel'] === 'self');
  expect(self['@_href']).toBe(`${site()}/rss.xml`);
  expect(self['@_type']).toBe('application/rss+xml');
  expect(text).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
  const newest = Math.max(...[channel.item].flat().map((i: { pubDate: string }) => Date.parse(i.pubDate)));
  expect(Date.parse(channel.lastBuildDate)).toBe(newest);
  expect(channel.lastBuildDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
});

test('robots.txt points to the sitemap; the sitemap lists exactly the pages that do not say noindex, and those are the ones src/lib/site/routes.ts lists', () => {
  const robots = readFileSync('dist/robots.txt', 'utf8');
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap).toBe(`${site()}/sitemap-index.xml`);
  expect(existsSync(distFile(sitemap!))).toBe(true);
  expect(robots).not.toMatch(/^Disallow: \//m);
  const index = xml.parse(readFileSync(distFile(sitemap!), 'utf8'));
  const locs = [index.sitemapindex.sitemap]
    .flat()
    .flatMap((s: { loc: string }) => [xml.parse(readFileSync(distFile(s.loc), 'utf8')).urlset.url].flat().map((u: { loc: string }) => u.loc));
  expect(locs.length).toBeGreaterThan(3);
  for (const path of ['/recherche/', '/guide/', '/404.html', '/graphiques/apercu/']) expect(notIndexedReason(path), path).toBeDefined();
  for (const path of builtPages()) {
    const robots = doc(path).querySelector('meta[name="robots"]')?.getAttribute('content') ?? null;
    const listed = notIndexedReason(path) !== undefined;
    expect(robots, path).toBe(listed ? 'noindex' : null);
    if (path !== '/404.html') expect(locs.includes(`${site()}${path}`), path).toBe(!listed);
  }
  for (const loc of locs) expect(parse(readFileSync(distFile(loc), 'utf8')).querySelector('meta[name="robots"]'), loc).toBeNull();
});

test('JSON-LD: every block parses; articles name their publisher with url and logo; datasets have a license, files and a unique url', () => {
  const datasetUrls = new Map<string, string>();
  let articles = 0;
  for (const path of builtPages()) {
    const items = jsonLd(path);
    for (const article of ofType(items, 'NewsArticle')) {
      articles++;
      const publisher = article.publisher as { name: string; url: string; logo: { url: string; width: number; height: number } };
      expect(publisher.name, path).toBeTruthy();
      expect(publisher.url).toBe(`${site()}/`);
      const logo = readFileSync(distFile(publisher.logo.url));
      expect(logo.subarray(1, 4).toString()).toBe('PNG');
      expect([logo.readUInt32BE(16), logo.readUInt32BE(20)]).toEqual([publisher.logo.width, publisher.logo.height]);
      expect(publisher.logo.width).toBeGreaterThanOrEqual(112);
    }
    const parts = ofType(items, 'CollectionPage').flatMap((c) => c.hasPart as Record<string, unknown>[]);
    for (const d of [...ofType(items, 'Dataset'), ...parts]) {
      const url = d.url as string;
      // A chart's dataset is described in the gallery; the whole figure table (/chiffres/) on its own page.
      expect(url, path).toMatch(new RegExp(`^${site()}/(graphiques/#graphique-|chiffres/$)`));
      // One address per dataset: the same dataset may appear on several pages, never two datasets at one address.
      expect(datasetUrls.get(url) ?? d.name, url).toBe(d.name);
      datasetUrls.set(url, d.name as string);
      if (new URL(url).hash) expect(doc('/graphiques/').querySelector(new URL(url).hash), url).not.toBeNull();
      expect(d.license).toMatch(/^https:\/\//);
      const files = d.distribution as { '@type': string; contentUrl: string; encodingFormat: string }[];
      expect(files.map((f) => f.encodingFormat).sort()).toEqual(['application/json', 'text/csv']);
      for (const f of files) expect(existsSync(distFile(f.contentUrl)), f.contentUrl).toBe(true);
    }
  }
  expect(articles).toBeGreaterThan(0);
  // One dataset per chart, plus the figure table of /chiffres/.
  expect([...datasetUrls.keys()].length).toBe(chartIds().length + 1);
  const home = ofType(jsonLd('/'), 'WebSite');
  expect(home).toHaveLength(1);
  expect(home[0]!.url).toBe(`${site()}/`);
  const gallery = ofType(jsonLd('/graphiques/'), 'CollectionPage');
  expect(gallery).toHaveLength(1);
  expect((gallery[0]!.hasPart as unknown[]).length).toBe(chartIds().length);
});

test('one site address everywhere: canonical, Open Graph, RSS, sitemap, oEmbed and the gallery’s snippets', () => {
  const origin = site();
  const found: string[] = [];
  for (const path of builtPages()) {
    const d = doc(path);
    for (const el of d.querySelectorAll('link[rel="canonical"], meta[property="og:url"], meta[property="og:image"], link[type="application/json+oembed"]'))
      found.push(el.getAttribute('href') ?? el.getAttribute('content') ?? '');
  }
  for (const id of chartIds()) {
    const oembed = JSON.parse(readFileSync(file(`/embed/${id}/oembed.json`), 'utf8')) as Record<string, string>;
    found.push(oembed.provider_url!, oembed.author_url!, oembed.thumbnail_url!, ...[...oembed.html!.matchAll(/(?:src)="([^"]+)"/g)].map((m) => m[1]!));
    found.push(...[...(doc('/graphiques/').querySelector(`#code-${id}`)?.text ?? '').matchAll(/src="([^"]+)"/g)].map((m) => m[1]!));
  }
  found.push(...[...readFileSync('dist/rss.xml', 'utf8').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!));
  expect(found.length).toBeGreaterThan(20);
  for (const url of found) expect(new URL(url).origin, url).toBe(origin);
});
