/**
 * The timeline for export files: its desktop static layout in the light palette, and its
 * data, one row per event it draws, in date order (the rows of its data table).
 */
import type { TimelineChartData } from '../../content/schemas.ts';
import { chartValueText } from '../budget/model.ts';
import { LIST_SEPARATOR, sourceText, type DataSource, type DataTable } from '../../lib/data-table.ts';
import { token, type ExportGraphic } from '../lib/export-svg.ts';
import { frenchSpacing } from '../lib/copy.ts';
import { layoutTimeline } from './layout.ts';
import { buildTimelineModel, type EventSource } from './model.ts';
import { renderTimelineSvg } from './render.ts';

/** Width of the exported graphic: the article column's no-JavaScript layout (time across). */
export const TIMELINE_EXPORT_WIDTH = 720;

/** The timeline's graphic and styles for a standalone SVG. */
export function timelineExportGraphic(chart: TimelineChartData, source: EventSource): ExportGraphic {
  const geometry = layoutTimeline(buildTimelineModel(chart, source), { width: TIMELINE_EXPORT_WIDTH });
  const svg = renderTimelineSvg(geometry, { idPrefix: 'export', titleId: 'export-title', descriptionId: 'export-title', interactive: false });
  const ink = token('--ink');
  const mark = token('--chart-campus');
  const css = [
    `.timeline-axis{fill:none;stroke:${ink};stroke-width:2}`,
    `.timeline-tick{fill:none;stroke:${ink};stroke-width:1.5}`,
    `.timeline-leader{fill:none;stroke:${token('--muted')};stroke-width:1}`,
    `.timeline-marker{fill:${mark};stroke:${mark};stroke-width:2}`,
    // After the plain marker, so it wins: an inferred or approximate date is hollow, dashed.
    `.timeline-marker.is-uncertain{fill:${token('--paper')};stroke-width:2.5;stroke-dasharray:4 3}`,
  ].join('\n');
  return { svg, width: geometry.width, height: geometry.height, css };
}

/** The timeline's data columns: key in JSON → header in CSV. */
export const TIMELINE_COLUMNS = {
  id: 'identifiant',
  date: 'date',
  precision: 'précision de la date',
  dateNote: 'incertitude de la date',
  label: 'événement',
  chartLabel: 'libellé sur le graphique',
  figureIds: 'identifiants des chiffres liés',
  figures: 'chiffres liés',
  note: 'remarque',
  source: 'source',
  sourceUrl: 'adresse de la source',
  locator: 'repère dans la source',
} as const;

const PRECISION = { day: 'jour', month: 'mois', year: 'année' } as const;

/** One row per event the timeline draws, in the chart's (date) order; dates stay ISO (`2017-09`). */
export function timelineExportTable(chart: TimelineChartData, source: EventSource, sourceOf: (id: string) => DataSource | undefined): DataTable {
  const model = buildTimelineModel(chart, source);
  const rows = model.events.map((t) => {
    const e = source.events.find((x) => x.id === t.id)!;
    const figures = e.figures.map((id) => {
      const v = source.figure(id);
      if (!v) throw new Error(`timeline export: event "${e.id}" links unknown figure id "${id}"`);
      return v;
    });
    const s = sourceOf(e.source);
    return {
      id: e.id,
      date: e.date,
      precision: PRECISION[t.precision],
      dateNote: e.dateNote ? frenchSpacing(e.dateNote) : '',
      label: frenchSpacing(e.label),
      chartLabel: t.label,
      figureIds: figures.map((v) => v.id).join(LIST_SEPARATOR),
      figures: figures.map((v) => frenchSpacing(`${v.label} : ${chartValueText(v)}`)).join(LIST_SEPARATOR),
      note: e.note ? frenchSpacing(e.note) : '',
      source: sourceText(s) || e.source,
      sourceUrl: s?.url ?? '',
      locator: e.locator,
    };
  });
  return { columns: TIMELINE_COLUMNS, rows };
}
