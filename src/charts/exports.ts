/**
 * Every chart's export files, whatever its kind: the standalone SVG (and PNG), and the data
 * (CSV, JSON) — one row per figure the chart draws, from `chartFigureRefs`. A kind adds its
 * graphic in GRAPHICS; until it does, its image shows the data as a list, so a new kind
 * never breaks the build.
 */
import type { ChartData, DatasetValue } from '../content/schemas.ts';
import { budgetExportGraphic } from './budget/export.ts';
import { chartValueText, type FigureSource } from './budget/model.ts';
import { type DataRow, type DataSource, figureRow } from './lib/export-data.ts';
import { exportSvg, token, type ExportFrame, type ExportGraphic } from './lib/export-svg.ts';
import { chartFigureRefs } from './lib/refs.ts';
import { escapeXml } from '../lib/social-card.ts';

/** What the exports need of the dossier. */
export interface ExportDossier extends FigureSource {
  source: (id: string) => DataSource | undefined;
}

type GraphicOf = (chart: ChartData, dossier: ExportDossier) => ExportGraphic;

/** The export graphic of each kind that has one. */
const GRAPHICS: Partial<Record<ChartData['kind'], GraphicOf>> = {
  budget: (chart, dossier) => budgetExportGraphic(chart as Extract<ChartData, { kind: 'budget' }>, dossier),
};

/** The figures a chart draws, in the order it declares them, without repeats. */
export function drawnFigures(chart: ChartData, dossier: ExportDossier): DatasetValue[] {
  const ids = [...new Set(chartFigureRefs(chart).filter((r) => r.drawn).map((r) => r.id))];
  return ids.map((id) => {
    const v = dossier.figure(id);
    if (!v) throw new Error(`chart export: unknown figure id "${id}"`);
    return v;
  });
}

/** The chart's data rows: one per figure it draws. */
export function exportRows(chart: ChartData, dossier: ExportDossier): DataRow[] {
  return drawnFigures(chart, dossier).map((v) => figureRow(v, dossier.source));
}

/** Fallback graphic for a kind without its own: each drawn figure as « label : value ». */
function listGraphic(chart: ChartData, dossier: ExportDossier): ExportGraphic {
  const figures = drawnFigures(chart, dossier);
  const width = 720;
  const lines = figures.map((v, i) => `<text x="0" y="${24 + i * 28}" font-size="16">${escapeXml(`${v.label}\u00a0: ${chartValueText(v)}`)}</text>`);
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" width="${width}" height="${figures.length * 28 + 8}" viewBox="0 0 ${width} ${figures.length * 28 + 8}">${lines.join('')}</svg>`,
    width,
    height: figures.length * 28 + 8,
    css: `.chart-svg text{fill:${token('--ink')}}`,
  };
}

/** The chart's standalone SVG document. */
export function chartExportSvg(chart: ChartData, frame: ExportFrame, dossier: ExportDossier): string {
  const graphic = (GRAPHICS[chart.kind] ?? listGraphic)(chart, dossier);
  return exportSvg(frame, graphic);
}
