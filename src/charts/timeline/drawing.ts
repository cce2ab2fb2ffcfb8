/** How a timeline draws: model, table rows, layout, renderer, export (events of the chart's dataset). */
import type { DossierLookup } from '../../lib/content/dossier-lookup.ts';
import type { ChartDrawing } from '../kind.ts';
import type { TimelineChartData } from './schema.ts';
import { timelineExportGraphic, timelineExportTable } from './export.ts';
import { layoutTimeline, type TimelineGeometry } from './layout.ts';
import { buildTimelineModel, timelineTableRows, type EventSource } from './model.ts';
import { renderTimelineSvg } from './render.ts';
import type { TimelineData } from './types.ts';

/** The dossier with the events the timeline draws: its dataset's, unless a page gives others (/chronologie/). */
export const eventSource = (chart: TimelineChartData, dossier: DossierLookup, events = dossier.events(chart.dataset)): EventSource => ({ ...dossier, events });

export const timelineDrawing: ChartDrawing<TimelineChartData, TimelineData, TimelineGeometry> = {
  model: (chart, dossier) => buildTimelineModel(chart, eventSource(chart, dossier)),
  rows: (chart, dossier) => timelineTableRows(chart, eventSource(chart, dossier)),
  layout: layoutTimeline,
  render: renderTimelineSvg,
  graphic: (chart, dossier) => timelineExportGraphic(chart, eventSource(chart, dossier)),
  table: (chart, dossier) => timelineExportTable(chart, eventSource(chart, dossier), dossier.source),
};
