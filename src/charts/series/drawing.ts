/** How a series chart draws: model, table rows, layout, renderer, export. */
import type { ChartDrawing } from '../kind.ts';
import type { SeriesChartData } from './schema.ts';
import { seriesExportGraphic } from './export.ts';
import { layoutSeries, type SeriesGeometry } from './layout.ts';
import { buildSeriesModel, seriesTableRows } from './model.ts';
import { renderSeriesSvg } from './render.ts';
import type { SeriesData } from './types.ts';

export const seriesDrawing: ChartDrawing<SeriesChartData, SeriesData, SeriesGeometry> = {
  model: buildSeriesModel,
  rows: seriesTableRows,
  layout: layoutSeries,
  render: renderSeriesSvg,
  graphic: seriesExportGraphic,
};
