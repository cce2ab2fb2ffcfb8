/**
 * The corrections log as readers see it: every entry with where it was made (an article, a
 * dataset, a comparison, a chart), newest first; which entries concern an article (its own,
 * those of the data and charts it shows, and any naming a figure or quotation it shows) or a
 * chart; and the last day each was corrected. Pure: pages, feeds and the sitemap feed it
 * plain entries (`{ id, data }`), from Astro's collections or from the content files.
 */
import type { ArticleData, ChartData, ComparisonData, CorrectionData, DatasetData } from '../../content/schemas.ts';
import { chartFigureRefs } from '../../content/chart-refs.ts';
import { findBodyRefs, findKeyFigureRefs } from '../content/refs.ts';

/** What a correction was made in. */
export type OriginKind = 'article' | 'dataset' | 'comparison' | 'chart';

/** Readers' words for each origin, before its title. */
export const ORIGIN_LABELS: Record<OriginKind, string> = {
  article: 'Article',
  dataset: 'Données',
  comparison: 'Comparaison',
  chart: 'Graphique',
};

/** A correction with where it was made. */
export interface PlacedCorrection extends CorrectionData {
  origin: { kind: OriginKind; id: string; title: string };
  /** Stable and unique: its day, where it was made, and its rank there (entries are only ever appended). */
  key: string;
}

/** The entries the log is built from. */
export interface CorrectableSet {
  articles: { id: string; body?: string; data: Pick<ArticleData, 'title' | 'kind' | 'date' | 'corrections'> }[];
  datasets: { id: string; data: Pick<DatasetData, 'title' | 'values' | 'corrections'> }[];
  comparisons: { id: string; data: ComparisonData }[];
  charts: { id: string; data: ChartData }[];
}

/** Newest first; entries of one day keep the order they were gathered in. */
export function newestFirst<T extends { date: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Every correction of the dossier, newest first. */
export function allCorrections(set: CorrectableSet): PlacedCorrection[] {
  const place = (kind: OriginKind, id: string, title: string, list: CorrectionData[]) =>
    list.map((c, i) => ({ ...c, origin: { kind, id, title }, key: `${c.date}-${kind}-${id}-${i + 1}` }));
  return newestFirst([
    ...set.articles.flatMap((a) => place('article', a.id, a.data.title, a.data.corrections)),
    ...set.datasets.flatMap((d) => place('dataset', d.id, d.data.title, d.data.corrections)),
    ...set.comparisons.flatMap((c) => place('comparison', c.id, c.data.title, c.data.corrections)),
    ...set.charts.flatMap((c) => place('chart', c.id, c.data.title, c.data.corrections)),
  ]);
}

/** What a page shows: figures, quotations, charts, and the datasets (or comparisons) behind them. */
interface Uses {
  figures: Set<string>;
  quotations: Set<string>;
  charts: Set<string>;
  datasets: Set<string>;
}

function chartUses(chart: { id: string; data: ChartData }, set: CorrectableSet, uses: Uses): void {
  uses.charts.add(chart.id);
  uses.datasets.add(chart.data.dataset);
  for (const r of chartFigureRefs(chart.data)) uses.figures.add(r.id);
  const comparison = set.comparisons.find((c) => c.id === chart.data.dataset)?.data;
  if (comparison) for (const item of [...comparison.priorities, ...comparison.plan, ...comparison.links]) for (const q of item.quotes) uses.quotations.add(q);
}

/** The datasets holding some of the figures. */
function datasetsOf(figures: Set<string>, set: CorrectableSet): string[] {
  return set.datasets.filter((d) => d.data.values.some((v) => figures.has(v.id))).map((d) => d.id);
}

/**
 * Whether a correction concerns what a page shows: one made on the page itself, always; one
 * naming figures or quotations, when the page shows one of them; otherwise one made in a
 * dataset or comparison the page draws on, or in a chart it shows.
 */
function concerns(c: PlacedCorrection, own: { kind: OriginKind; id: string }, uses: Uses): boolean {
  if (c.origin.kind === own.kind && c.origin.id === own.id) return true;
  if (c.origin.kind === 'chart' && uses.charts.has(c.origin.id)) return true;
  if (c.figures.length || c.quotations.length) return c.figures.some((f) => uses.figures.has(f)) || c.quotations.some((q) => uses.quotations.has(q));
  return (c.origin.kind === 'dataset' || c.origin.kind === 'comparison') && uses.datasets.has(c.origin.id);
}

/** The corrections an article's readers should see, newest first. */
export function articleCorrections(article: CorrectableSet['articles'][number], set: CorrectableSet, all = allCorrections(set)): PlacedCorrection[] {
  const body = article.body ?? '';
  const refs = findBodyRefs(body);
  const uses: Uses = {
    figures: new Set(refs.filter((r) => r.tag === 'Figure').map((r) => r.id)),
    quotations: new Set(refs.filter((r) => r.tag === 'Quote' || r.tag === 'Question').map((r) => r.id)),
    charts: new Set(),
    datasets: new Set(),
  };
  for (const r of findKeyFigureRefs(body)) uses.figures.add(r.id);
  for (const ds of datasetsOf(uses.figures, set)) uses.datasets.add(ds);
  for (const r of refs.filter((r) => r.tag === 'Chart')) {
    const chart = set.charts.find((c) => c.id === r.id);
    if (chart) chartUses(chart, set, uses);
  }
  return all.filter((c) => concerns(c, { kind: 'article', id: article.id }, uses));
}

/** The corrections a chart's embedders and re-users should see, newest first. */
export function chartCorrections(chartId: string, set: CorrectableSet, all = allCorrections(set)): PlacedCorrection[] {
  const chart = set.charts.find((c) => c.id === chartId);
  if (!chart) return [];
  const uses: Uses = { figures: new Set(), quotations: new Set(), charts: new Set(), datasets: new Set() };
  chartUses(chart, set, uses);
  // A chart quoting another dataset's figure in its copy is concerned by that figure's entries only.
  return all.filter((c) => concerns(c, { kind: 'chart', id: chartId }, uses));
}

/** The latest correction day of a list ("YYYY-MM-DD"), or undefined. */
export function latestCorrection(list: { date: string }[]): string | undefined {
  return list.reduce<string | undefined>((max, c) => (max === undefined || c.date > max ? c.date : max), undefined);
}

/** When a page was last modified: its publication date, or its latest correction when later. */
export function lastModified(published: Date, list: { date: string }[]): Date {
  const latest = latestCorrection(list);
  const corrected = latest ? new Date(`${latest}T00:00:00Z`) : undefined;
  return corrected && corrected > published ? corrected : published;
}

/** The same correction's plain fields, for JSON exports and oEmbed (French text, ISO date). */
export function correctionForExport(c: PlacedCorrection): Record<string, unknown> {
  return {
    date: c.date,
    what: c.what,
    ...(c.before ? { before: c.before } : {}),
    ...(c.after ? { after: c.after } : {}),
    why: c.why,
    figures: c.figures,
    quotations: c.quotations,
    origin: { kind: c.origin.kind, id: c.origin.id, title: c.origin.title },
  };
}
