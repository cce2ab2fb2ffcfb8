/** How a promise tracker draws: model, table rows, layout, renderer, export. */
import type { ChartDrawing } from '../kind.ts';
import type { TrackerChartData } from './schema.ts';
import { trackerExportGraphic, trackerExportTable } from './export.ts';
import { layoutTracker, type TrackerGeometry } from './layout.ts';
import { buildTrackerModel, trackerTableRows } from './model.ts';
import { renderTrackerSvg } from './render.ts';
import type { TrackerData } from './types.ts';

export const trackerDrawing: ChartDrawing<TrackerChartData, TrackerData, TrackerGeometry> = {
  model: buildTrackerModel,
  rows: trackerTableRows,
  layout: layoutTracker,
  render: renderTrackerSvg,
  graphic: trackerExportGraphic,
  table: (chart, dossier) => trackerExportTable(chart, dossier, dossier.source),
};
