/** The series chart for export files: its desktop static layout, in the light palette. */
import type { SeriesChartData } from '../../content/schemas.ts';
import type { FigureSource } from '../budget/model.ts';
import { token, type ExportGraphic } from '../lib/export-svg.ts';
import { layoutSeries } from './layout.ts';
import { buildSeriesModel } from './model.ts';
import { renderSeriesSvg } from './render.ts';

/** Width of the exported graphic: the article column's no-JavaScript layout. */
export const SERIES_EXPORT_WIDTH = 720;

/** The series chart's graphic and styles for a standalone SVG. */
export function seriesExportGraphic(chart: SeriesChartData, dossier: FigureSource): ExportGraphic {
  const geometry = layoutSeries(buildSeriesModel(chart, dossier), { width: SERIES_EXPORT_WIDTH });
  const svg = renderSeriesSvg(geometry, { idPrefix: 'export', titleId: 'export-title', descriptionId: 'export-title', interactive: false });
  const line = token('--chart-fibre');
  const css = [
    `.series-line{fill:none;stroke:${line};stroke-width:3}`,
    `.series-dot{fill:${line};stroke:${line};stroke-width:2}`,
    // After the plain dot, so it wins: a point with a caveat is hollow with a dashed outline.
    `.series-dot.is-caveat{fill:${token('--paper')};stroke-width:2.5;stroke-dasharray:4 3}`,
  ].join('\n');
  return { svg, width: geometry.width, height: geometry.height, css };
}
