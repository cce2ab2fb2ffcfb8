/**
 * Corrections as readers, feeds, search engines and embedders get them: the real build of a
 * scratch copy of the project with three correction entries added (in the interview, in the
 * budget dataset, in the budget chart). Slow: one build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';

const project = mkdtempSync(join(tmpdir(), 'corrections-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const INTERVIEW = 'entretien/laurent-wauquiez-numerique-2016';
const CHART = 'budget-numerique-2016';
const ENTRIES = {
  article: { date: '2026-11-29', what: 'Une date est précisée dans la note sur le vote.', why: 'Essai : la note disait « environ un mois ».', figures: [], quotations: [] },
  dataset: { date: '2026-12-01', what: 'Essai : le montant de la fibre est vérifié.', before: '45 M€', after: '46 M€', why: 'Essai : la source dit 46.', figures: ['fibre-2016'], quotations: [] },
  chart: { date: '2026-11-30', what: 'Essai : le titre du graphique est reformulé.', why: 'Essai : il affirmait plus que les données.', figures: [], quotations: [] },
};

/** Appends an entry to the `corrections:` of a YAML document (a data file or a frontmatter). */
function withCorrection(yaml: string, entry: object): string {
  const doc = parseDocument(yaml);
  const list = (doc.get('corrections') as { toJSON(): unknown[] } | undefined)?.toJSON() ?? [];
  doc.set('corrections', [...list, entry]);
  return doc.toString();
}
const editFile = (path: string, change: (t: string) => string) => writeFileSync(join(project, path), change(readFileSync(join(project, path), 'utf8')));
/** Empties the `corrections:` of a YAML document, so that only this test's entries remain. */
function withoutCorrections(yaml: string): string {
  const doc = parseDocument(yaml);
  if (!doc.has('corrections')) return yaml;
  doc.delete('corrections');
  return doc.toString();
}
const editFrontmatter = (path: string, change: (front: string) => string) =>
  editFile(path, (t) => {
    const [, front, ...body] = t.split(/^---$/m);
    return `---\n${change(front ?? '')}---${body.join('---')}`;
  });

const read = (path: string) => readFileSync(join(project, 'dist', path), 'utf8');
const html = (path: string) => parseHtml(read(path));
const xml = (path: string) => new XMLParser({ ignoreAttributes: false }).parse(read(path));

beforeAll(() => {
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(f, join(project, f), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  // Start from content without corrections and without a publish record (the record's check has its own tests).
  rmSync(join(project, 'content/published.json'));
  for (const dir of ['content/data', 'content/charts']) for (const f of readdirSync(join(project, dir))) editFile(`${dir}/${f}`, withoutCorrections);
  for (const f of readdirSync(join(project, 'content/articles'))) editFrontmatter(`content/articles/${f}`, withoutCorrections);
  editFile('content/data/budget-2016.yaml', (t) => withCorrection(t, ENTRIES.dataset));
  editFile(`content/charts/${CHART}.yaml`, (t) => withCorrection(t, ENTRIES.chart));
  editFrontmatter('content/articles/laurent-wauquiez-numerique-2016.mdx', (front) => withCorrection(front, ENTRIES.article));
  const build = spawnSync(process.execPath, ['src/cli/build.ts'], { cwd: project, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(build.stderr);
}, 180_000);

describe('with three corrections', () => {
  test('/corrections/ lists them newest first, each dated with <time datetime> and with its anchor', () => {
    const items = html('corrections/index.html').querySelectorAll('[data-correction]');
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2026-12-01', '2026-11-30', '2026-11-29']);
    expect(items.map((li) => li.id)).toEqual([`correction-2026-12-01-dataset-budget-2016-1`, `correction-2026-11-30-chart-${CHART}-1`, 'correction-2026-11-29-article-laurent-wauquiez-numerique-2016-1']);
    const first = items[0]!.text.replace(/[ \t\r\n]+/g, ' ');
    expect(first).toContain('1 décembre 2026');
    expect(first).toContain('Données\u202f: Le budget numérique de la Région en 2016');
    expect(first).toContain('Avant\u202f: 45 M€ → Après\u202f: 46 M€');
    expect(first).toContain('Pourquoi\u202f: Essai\u202f: la source dit 46.');
    expect(items[0]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`/${INTERVIEW}/#corrections`);
    expect(html('corrections/index.html').querySelector('[data-corrections-empty]') === null).toBe(true);
  });

  test('the article ends with « Corrections et mises à jour » (its own, its data’s, its chart’s) and says « Mis à jour le »', () => {
    const page = html(`${INTERVIEW}/index.html`);
    const section = page.querySelector('[data-article-corrections]');
    expect(section?.querySelector('h2')?.text).toBe('Corrections et mises à jour');
    expect(section?.querySelectorAll('[data-correction-origin]').map((o) => o.text.trim().split('\u202f:')[0]?.replace('· ', ''))).toEqual(['Données', 'Graphique', 'Article']);
    const updated = page.querySelector('[data-updated] time');
    expect(updated?.getAttribute('datetime')).toBe('2026-12-01');
    expect(updated?.text).toBe('1 décembre 2026');
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text);
    const article = ld['@graph'].find((i: { '@type': string }) => i['@type'] === 'NewsArticle');
    expect(article.dateModified).toBe('2026-12-01T00:00:00.000Z');
    expect(article.datePublished).not.toBe(article.dateModified);
  });

  test('an article that shows nothing corrected (the Campus one shows a budget figure, not the fibre) has no section and no update line', () => {
    const page = html('articles/campus-numerique-charbonnieres/index.html');
    expect(page.querySelector('[data-article-corrections]') === null).toBe(true);
    expect(page.querySelector('[data-updated]') === null).toBe(true);
  });

  test('the chart carries its corrections on its embed page, in its JSON export and in its oEmbed document', () => {
    const embed = html(`embed/${CHART}/index.html`).querySelector('[data-embed-corrections]');
    expect(embed?.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual(['2026-12-01', '2026-11-30']);
    const json = JSON.parse(read(`graphiques/${CHART}/${CHART}.json`));
    expect(json.corrections.map((c: { date: string }) => c.date)).toEqual(['2026-12-01', '2026-11-30']);
    expect(json.corrections[0]).toMatchObject({ before: '45 M€', after: '46 M€', figures: ['fibre-2016'], origin: { kind: 'dataset', id: 'budget-2016' } });
    const oembed = JSON.parse(read(`embed/${CHART}/oembed.json`));
    expect(oembed.corrections).toEqual(json.corrections);
  });

  test('the feeds and the sitemap follow', () => {
    const log = xml('corrections/rss.xml').rss.channel;
    expect(log.item.map((i: { pubDate: string }) => new Date(i.pubDate).toISOString().slice(0, 10))).toEqual(['2026-12-01', '2026-11-30', '2026-11-29']);
    expect(log.item[0].link).toMatch(/\/corrections\/#correction-2026-12-01-dataset-budget-2016-1$/);
    const articles = xml('rss.xml').rss.channel.item as { link: string; description: string; 'dcterms:modified'?: string }[];
    const interview = articles.find((i) => i.link.includes(INTERVIEW))!;
    expect(interview['dcterms:modified']).toBe('2026-12-01');
    expect(interview.description).toContain('Mis à jour le 1 décembre 2026');
    const urls = xml('sitemap-0.xml').urlset.url as { loc: string; lastmod?: string }[];
    expect(urls.find((u) => u.loc.endsWith(`/${INTERVIEW}/`))?.lastmod).toMatch(/^2026-12-01/);
    expect(urls.find((u) => u.loc.endsWith('/corrections/'))?.lastmod).toMatch(/^2026-12-01/);
  });
});
