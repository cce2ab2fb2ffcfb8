/** What every chart frame shows around its graphic, already filled and spaced. */
import type { ChartData, DatasetValue } from '../../content/schemas.ts';
import { figureText } from '../../lib/figures.ts';
import { figureFiller } from './figures.ts';
import type { DossierLookup } from '../../lib/content/dossier-lookup.ts';

/** One row of a chart's data table. */
export interface ChartTableRow {
  id: string;
  label: string;
  value: string;
  status: string;
  origin: string;
}

/** Element ids of one chart instance on a page. */
export interface ChartIds {
  /** Unique prefix for everything else in the chart (patterns, live SVG). */
  base: string;
  title: string;
  description: string;
}

/** The frame's copy: title, takeaway, notes, source line. */
export interface FrameCopy {
  title: string;
  description: string;
  notes: string[];
  source: string;
}

/** Ids for a chart instance, from a page-unique base. */
export function chartIds(base: string): ChartIds {
  return { base, title: `${base}-titre`, description: `${base}-description` };
}

/**
 * Fills a declaration's copy with its figures (`{fibre-2016}` → `46 M€`). Without « ≈ »:
 * this is prose, where editors write « environ » before an estimate themselves.
 */
export function frameCopy(chart: ChartData, figure: (id: string) => DatasetValue | undefined): FrameCopy {
  const fill = figureFiller({ figure }, figureText);
  return { title: fill(chart.title), description: fill(chart.description), notes: chart.notes.map(fill), source: fill(chart.source) };
}

/** What `Chart.astro` gives every kind's component, besides the kind's own data. */
export interface ChartKindProps<C> {
  chart: C;
  /** The loaded dossier's lookup (figures, sources, events, comparisons, quotations), the same for every kind. */
  dossier: DossierLookup;
  chartId: string;
  ids: ChartIds;
  copy: FrameCopy;
  headingLevel?: 1 | 2 | 3 | 4;
}
