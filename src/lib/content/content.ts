/**
 * The dossier as pages see it: every collection loaded once, checked across
 * collections, and indexed by id. Any problem fails the build (and shows in dev)
 * with the file, the field and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { DatasetValue } from '../../content/schemas.ts';
import { visibleArticles } from './drafts.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { contentError } from './content-error.ts';
import { checkIntegrity } from './integrity.ts';
import { contentCheckedByBuild } from './checked-content.ts';
import { locateProblems } from './problem-lines.ts';
import { oncePerBuild } from '../build-cache.ts';
import { dossierLookup, type DossierLookup } from './dossier-lookup.ts';

export type Article = CollectionEntry<'articles'>;
export type Source = CollectionEntry<'sources'>;
export type Quotation = CollectionEntry<'quotations'>;
export type Chart = CollectionEntry<'charts'>;

/** A dataset value with the dataset it belongs to. */
export interface Figure extends DatasetValue {
  dataset: string;
}

/** The collections, and the lookup by id (`figure(id)`, `source(id)`, `quote(id)`…) that components and charts use. */
export interface Dossier extends DossierLookup {
  /** Published articles (drafts too in dev), in dossier order. */
  articles: Article[];
  sources: Map<string, Source>;
  quotations: Map<string, Quotation>;
  figures: Map<string, Figure>;
  datasets: CollectionEntry<'datasets'>[];
  comparisons: CollectionEntry<'comparisons'>[];
  /** Chart declarations by id (content/charts/<id>.yaml). */
  charts: Map<string, Chart>;
}

/** Loads and checks the whole dossier once per build (again on each request in dev, where content changes). */
export const loadDossier = oncePerBuild(build);

const fileOf = (e: { filePath?: string }, fallback: string) => e.filePath ?? fallback;

async function build(): Promise<Dossier> {
  const [all, sources, quotations, datasets, comparisons, charts] = await Promise.all([
    getCollection('articles'),
    getCollection('sources'),
    getCollection('quotations'),
    getCollection('datasets'),
    getCollection('comparisons'),
    getCollection('charts'),
  ]);
  const articles = visibleArticles(all, import.meta.env.DEV);

  // `npm run build` ran these checks on this very content before starting Astro (src/cli/content-handoff.ts).
  if (import.meta.env.DEV || !contentCheckedByBuild(process.cwd())) checkDossier(all, articles, { sources, quotations, datasets, comparisons, charts });

  const figures = new Map<string, Figure>();
  for (const d of datasets) for (const v of d.data.values) figures.set(v.id, { ...v, dataset: d.id });

  const collections = {
    articles,
    sources: new Map(sources.map((s) => [s.id, s])),
    quotations: new Map(quotations.map((q) => [q.id, q])),
    figures,
    datasets,
    comparisons,
    charts: new Map(charts.map((c) => [c.id, c])),
  };
  return { ...collections, ...dossierLookup(collections) };
}

/** The checks across collections; throws, located in the content file, on the first problem. */
function checkDossier(
  all: Article[],
  articles: Article[],
  { sources, quotations, datasets, comparisons, charts }: { sources: Source[]; quotations: Quotation[]; datasets: CollectionEntry<'datasets'>[]; comparisons: CollectionEntry<'comparisons'>[]; charts: Chart[] },
): void {
  const problems = checkIntegrity({
    articles: articles.map((a) => {
      const file = fileOf(a, `content/articles/${a.id}.mdx`);
      return { id: a.id, file, data: a.data, ...splitFrontmatter(readFileSync(file, 'utf8')) };
    }),
    draftIds: new Set(all.filter((a) => !articles.includes(a)).map((a) => a.id)),
    sourceIds: new Set(sources.map((s) => s.id)),
    sourceTitles: sources.flatMap((s) => (s.data.title ? [s.data.title] : [])),
    quotations: quotations.map((q) => ({ id: q.id, file: 'content/quotations.yaml', data: q.data })),
    datasets: datasets.map((d) => ({ id: d.id, file: fileOf(d, `content/data/${d.id}.yaml`), data: d.data })),
    comparisons: comparisons.map((c) => ({ id: c.id, file: fileOf(c, `content/data/${c.id}.yaml`), data: c.data })),
    charts: charts.map((c) => ({ id: c.id, file: fileOf(c, `content/charts/${c.id}.yaml`), data: c.data })),
  });
  // Thrown located in the content file (dev overlay: that file, its line, the fix as hint).
  const [first, ...rest] = locateProblems(problems, (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined));
  if (first) throw contentError([first, ...rest]);
}
