/**
 * Every chart's export files, whatever its kind: the standalone SVG (and PNG), and the data
 * (CSV, JSON) — the rows of what the chart shows. Each kind's drawing (src/charts/registry.ts)
 * gives its graphic and, unless its rows are the figures it draws (one row per drawn figure,
 * from `chartFigureRefs`), its table.
 */
import type { ChartData, DatasetValue } from '../content/schemas.ts';
import { chartFigureRefs } from '../content/chart-refs.ts';
import { DATA_COLUMNS, figureRow, type DataTable } from '../lib/data-table.ts';
import type { DossierLookup } from '../lib/content/dossier-lookup.ts';
import { exportSvg, type ExportFrame, type ExportGraphic } from './lib/export-svg.ts';
import { kindOf } from './registry.ts';

/** The figures a chart draws, in the order it declares them, without repeats. */
export function drawnFigures(chart: ChartData, dossier: Pick<DossierLookup, 'figure'>): DatasetValue[] {
  const ids = [...new Set(chartFigureRefs(chart).filter((r) => r.drawn).map((r) => r.id))];
  return ids.map((id) => {
    const v = dossier.figure(id);
    if (!v) throw new Error(`chart export: unknown figure id "${id}"`);
    return v;
  });
}

/** The chart's data: its kind's table, or one row per figure it draws (budget, series). */
export async function exportTable(chart: ChartData, dossier: DossierLookup): Promise<DataTable> {
  const { table } = await kindOf(chart).drawing();
  return table ? table(chart, dossier) : { columns: DATA_COLUMNS, rows: drawnFigures(chart, dossier).map((v) => figureRow(v, dossier.source)) };
}

/** The chart's export graphic, from its kind's drawing. */
export async function chartExportGraphic(chart: ChartData, dossier: DossierLookup): Promise<ExportGraphic> {
  return (await kindOf(chart).drawing()).graphic(chart, dossier);
}

/** The chart's standalone SVG document. */
export async function chartExportSvg(chart: ChartData, frame: ExportFrame, dossier: DossierLookup): Promise<string> {
  return exportSvg(frame, await chartExportGraphic(chart, dossier));
}
