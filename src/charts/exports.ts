/**
 * Every chart's export files, whatever its kind: the standalone SVG (and PNG), and the data
 * (CSV, JSON) — the rows of what the chart shows. Each kind registers its graphic in
 * GRAPHICS and, unless it draws figures (one row per drawn figure, from `chartFigureRefs`),
 * its table in TABLES. A new kind without a graphic shows its figures as a list, so it
 * never breaks the build.
 */
import type { ChartData, ComparisonData, DatasetEvent, DatasetValue, QuotationData } from '../content/schemas.ts';
import { budgetExportGraphic } from './budget/export.ts';
import { chartValueText, type FigureSource } from './budget/model.ts';
import { comparisonExportGraphic, comparisonExportTable } from './comparison/export.ts';
import type { QuotationSource } from './comparison/model.ts';
import { DATA_COLUMNS, figureRow, type DataSource, type DataTable } from './lib/export-data.ts';
import { exportSvg, token, type ExportFrame, type ExportGraphic } from './lib/export-svg.ts';
import { chartFigureRefs } from './lib/refs.ts';
import { seriesExportGraphic } from './series/export.ts';
import { timelineExportGraphic, timelineExportTable } from './timeline/export.ts';
import type { EventSource } from './timeline/model.ts';
import { trackerExportGraphic, trackerExportTable } from './tracker/export.ts';
import type { TrackerSource } from './tracker/model.ts';
import { escapeXml } from '../lib/social-card.ts';

/** What the exports need of the dossier. */
export interface ExportDossier extends FigureSource {
  source: (id: string) => DataSource | undefined;
  /** A dataset's dated events (for timelines); empty if it has none. */
  events: (dataset: string) => DatasetEvent[];
  /** A comparison by id (its file name in content/data). */
  comparison: (id: string) => ComparisonData | undefined;
  /** A quotation of the store (its text and locator for comparisons; speaker and source too for trackers). */
  quote: QuotationSource & ((id: string) => QuotationData | undefined);
}

type Of<K extends ChartData['kind']> = Extract<ChartData, { kind: K }>;
type GraphicOf = (chart: ChartData, dossier: ExportDossier) => ExportGraphic;
type TableOf = (chart: ChartData, dossier: ExportDossier) => DataTable;

const eventSource = (chart: Of<'timeline'>, dossier: ExportDossier): EventSource => ({ ...dossier, events: dossier.events(chart.dataset) });

const trackerSource = (dossier: ExportDossier): TrackerSource => ({ ...dossier, events: dossier.events, quote: dossier.quote });

function comparisonOf(chart: Of<'comparison'>, dossier: ExportDossier): ComparisonData {
  const c = dossier.comparison(chart.dataset);
  if (!c) throw new Error(`chart export: unknown comparison "${chart.dataset}"`);
  return c;
}

/** The export graphic of each kind that has one. */
const GRAPHICS: Partial<Record<ChartData['kind'], GraphicOf>> = {
  budget: (chart, dossier) => budgetExportGraphic(chart as Of<'budget'>, dossier),
  series: (chart, dossier) => seriesExportGraphic(chart as Of<'series'>, dossier),
  timeline: (chart, dossier) => timelineExportGraphic(chart as Of<'timeline'>, eventSource(chart as Of<'timeline'>, dossier)),
  tracker: (chart, dossier) => trackerExportGraphic(chart as Of<'tracker'>, trackerSource(dossier)),
  comparison: (chart, dossier) => comparisonExportGraphic(chart as Of<'comparison'>, comparisonOf(chart as Of<'comparison'>, dossier), dossier.quote),
};

/** The data table of each kind whose rows are not the figures it draws. */
const TABLES: Partial<Record<ChartData['kind'], TableOf>> = {
  timeline: (chart, dossier) => timelineExportTable(chart as Of<'timeline'>, eventSource(chart as Of<'timeline'>, dossier), dossier.source),
  tracker: (chart, dossier) => trackerExportTable(chart as Of<'tracker'>, trackerSource(dossier), dossier.source),
  comparison: (chart, dossier) => comparisonExportTable(chart as Of<'comparison'>, comparisonOf(chart as Of<'comparison'>, dossier), dossier.source),
};

/** The figures a chart draws, in the order it declares them, without repeats. */
export function drawnFigures(chart: ChartData, dossier: FigureSource): DatasetValue[] {
  const ids = [...new Set(chartFigureRefs(chart).filter((r) => r.drawn).map((r) => r.id))];
  return ids.map((id) => {
    const v = dossier.figure(id);
    if (!v) throw new Error(`chart export: unknown figure id "${id}"`);
    return v;
  });
}

/** The chart's data: its kind's table, or one row per figure it draws (budget, series). */
export function exportTable(chart: ChartData, dossier: ExportDossier): DataTable {
  const table = TABLES[chart.kind];
  return table ? table(chart, dossier) : { columns: DATA_COLUMNS, rows: drawnFigures(chart, dossier).map((v) => figureRow(v, dossier.source)) };
}

/** Fallback graphic for a future kind without its own: each drawn figure as « label : value ». */
export function listGraphic(chart: ChartData, dossier: FigureSource): ExportGraphic {
  const figures = drawnFigures(chart, dossier);
  const width = 720;
  const height = figures.length * 28 + 8;
  const lines = figures.map((v, i) => `<text x="0" y="${24 + i * 28}" font-size="16">${escapeXml(`${v.label}\u202f: ${chartValueText(v)}`)}</text>`);
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${lines.join('')}</svg>`,
    width,
    height,
    css: `.chart-svg text{fill:${token('--ink')}}`,
  };
}

/** The chart's export graphic: its kind's own, or the list fallback. */
export function chartExportGraphic(chart: ChartData, dossier: ExportDossier): ExportGraphic {
  return (GRAPHICS[chart.kind] ?? listGraphic)(chart, dossier);
}

/** The chart's standalone SVG document. */
export function chartExportSvg(chart: ChartData, frame: ExportFrame, dossier: ExportDossier): string {
  return exportSvg(frame, chartExportGraphic(chart, dossier));
}
