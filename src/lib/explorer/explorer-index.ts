/**
 * Who cites what, for the explorer pages (/chiffres/, /sources/, /chronologie/): for each figure,
 * quotation and source, the places of the site that show it, with links to the exact place.
 * Built from the content alone (article bodies, chart declarations, datasets). Pure.
 */
import { findBodyRefs } from '../content/refs.ts';

/** One place of the site that cites something: a page (or a chart's gallery entry) and its anchor. */
export interface Citation {
  /** Path with its fragment, e.g. `/analyse/comparaison/#chiffre-fibre-2016`. */
  href: string;
  /** What the reader sees: the article's title, or « Graphique : … ». */
  label: string;
}

/** The facts the index needs of an article. */
export interface IndexArticle {
  id: string;
  path: string;
  title: string;
  body: string;
  sources: string[];
}

/** The facts the index needs of a chart declaration. */
export interface IndexChart {
  id: string;
  title: string;
  dataset: string;
  sources: string[];
  /** The declaration as data: figure ids are found in it wherever they stand. */
  data: unknown;
}

export interface IndexInput {
  articles: IndexArticle[];
  charts: IndexChart[];
  figures: Map<string, { dataset: string; source?: string | undefined }>;
  quotations: Map<string, { source: string }>;
  /** Dataset events by dataset id (a timeline chart draws events, and events name figures). */
  events: Map<string, { id: string; figures: string[]; source: string }[]>;
  /** Where a chart's gallery entry is. */
  chartPath: (id: string) => string;
}

export interface ExplorerIndex {
  /** Figure id → places citing it (articles first, then charts), each place once. */
  figures: Map<string, Citation[]>;
  /** Quotation id → places citing it. */
  quotations: Map<string, Citation[]>;
  /** Source id → places citing it or showing something it supports. */
  sources: Map<string, Citation[]>;
  /** Source id → ids of the stated figures it supports. */
  sourceFigures: Map<string, string[]>;
  /** Source id → quotation ids it supports. */
  sourceQuotations: Map<string, string[]>;
  /** Dataset id → articles that show its figures or charts, in dossier order. */
  datasetArticles: Map<string, Citation[]>;
}

/** Anchor of a figure's row in an article's figure table (src/components/FigureTable.astro). */
export const figureRowAnchor = (figureId: string): string => `chiffre-${figureId}`;
/** Anchor of a figure's row on /chiffres/. */
export const figureAnchor = (figureId: string): string => `chiffre-${figureId}`;
/** Anchor of a source on /sources/ and in an article's source list. */
export const sourceAnchor = (sourceId: string): string => `source-${sourceId}`;
export const SOURCES_PATH = '/sources/';
export const FIGURES_PATH = '/chiffres/';
export const TIMELINE_PATH = '/chronologie/';

/** Every string of a value, walked recursively (chart declarations). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** Figure ids a chart shows: named in a field (`figure:`, `from:`, `bars:`…) or cited in its copy as `{id}`, and its events' figures. */
export function chartFigures(chart: IndexChart, known: (id: string) => boolean, events: IndexInput['events']): string[] {
  const ids = new Set<string>();
  for (const s of strings(chart.data)) {
    if (known(s)) ids.add(s);
    for (const m of s.matchAll(/\{([a-z0-9-]+)\}/g)) if (known(m[1]!)) ids.add(m[1]!);
  }
  const drawn = new Set(strings((chart.data as { events?: unknown }).events ?? []));
  for (const e of events.get(chart.dataset) ?? []) if (drawn.has(e.id)) e.figures.forEach((f) => known(f) && ids.add(f));
  return [...ids];
}

function push<K>(map: Map<K, Citation[]>, key: K, c: Citation): void {
  const list = map.get(key) ?? [];
  if (!list.some((x) => x.href === c.href)) list.push(c);
  map.set(key, list);
}

function pushId(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  map.set(key, list);
}

/** Builds the index. Articles come in dossier order; their citations keep it. */
export function buildExplorerIndex(input: IndexInput): ExplorerIndex {
  const idx: ExplorerIndex = { figures: new Map(), quotations: new Map(), sources: new Map(), sourceFigures: new Map(), sourceQuotations: new Map(), datasetArticles: new Map() };
  const knownFigure = (id: string) => input.figures.has(id);

  for (const [id, f] of input.figures) if (f.source) pushId(idx.sourceFigures, f.source, id);
  for (const [id, q] of input.quotations) pushId(idx.sourceQuotations, q.source, id);

  const chartById = new Map(input.charts.map((c) => [c.id, c]));

  for (const a of input.articles) {
    const page: Citation = { href: a.path, label: a.title };
    const refs = findBodyRefs(a.body);
    const figs = new Set<string>();
    for (const r of refs) {
      if (r.tag === 'Figure' && knownFigure(r.id)) {
        figs.add(r.id);
        push(idx.figures, r.id, { href: `${a.path}#${figureRowAnchor(r.id)}`, label: a.title });
      } else if ((r.tag === 'Quote' || r.tag === 'Question') && input.quotations.has(r.id)) {
        push(idx.quotations, r.id, { href: `${a.path}#${r.tag === 'Question' ? r.id : ''}`.replace(/#$/, ''), label: a.title });
        push(idx.sources, input.quotations.get(r.id)!.source, page);
      } else if (r.tag === 'Chart' && chartById.has(r.id)) {
        const c = chartById.get(r.id)!;
        push(idx.datasetArticles, c.dataset, page);
        c.sources.forEach((s) => push(idx.sources, s, page));
      }
    }
    for (const f of figs) {
      const fig = input.figures.get(f)!;
      if (fig.source) push(idx.sources, fig.source, page);
      push(idx.datasetArticles, fig.dataset, page);
    }
    a.sources.forEach((s) => push(idx.sources, s, page));
  }

  for (const c of input.charts) {
    const place: Citation = { href: input.chartPath(c.id), label: `Graphique\u202f: ${c.title}` };
    for (const f of chartFigures(c, knownFigure, input.events)) push(idx.figures, f, place);
    c.sources.forEach((s) => push(idx.sources, s, place));
  }
  return idx;
}
