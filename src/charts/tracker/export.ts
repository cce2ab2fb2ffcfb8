/**
 * The tracker for export files: the tally and the board (one block per commitment) in the
 * light palette, and its data, one row per commitment.
 */
import type { TrackerChartData } from '../../content/schemas.ts';
import { LIST_SEPARATOR, type DataSource, type DataTable } from '../../lib/data-table.ts';
import { tokensWith, type ExportGraphic } from '../lib/export-svg.ts';
import { TRACKER_STATUSES } from './schema.ts';
import { layoutTracker } from './layout.ts';
import { buildTrackerModel, type TrackerSource } from './model.ts';
import { renderTrackerSvg } from './render.ts';
import trackerCss from './tracker.css?raw';

/** Width of the exported graphic: the article column. */
export const TRACKER_EXPORT_WIDTH = 720;
const token = tokensWith(trackerCss);

/** The tracker's graphic and styles for a standalone SVG. */
export function trackerExportGraphic(chart: TrackerChartData, source: TrackerSource): ExportGraphic {
  const geometry = layoutTracker(buildTrackerModel(chart, source), { width: TRACKER_EXPORT_WIDTH, board: true });
  const svg = renderTrackerSvg(geometry, { idPrefix: 'export', titleId: 'export-title', descriptionId: 'export-title', interactive: false });
  const css = [
    `.tracker-rule{fill:none;stroke:${token('--chart-grid')};stroke-width:1}`,
    ...TRACKER_STATUSES.map((s) => `.tracker-segment.is-${s}{fill:${token(`--tracker-${s}`)};stroke:${token('--paper')};stroke-width:2}`),
    ...TRACKER_STATUSES.map((s) => `.tracker-pill.is-${s}{fill:${token('--paper')};stroke:${token(`--tracker-${s}`)};stroke-width:2}`),
  ].join('\n');
  return { svg, width: geometry.width, height: geometry.height, css };
}

/** The tracker's data columns: key in JSON → header in CSV. */
export const TRACKER_COLUMNS = {
  id: 'identifiant',
  promise: 'engagement',
  status: 'statut',
  reason: 'raison du statut',
  promisedDate: 'date de la promesse',
  promisedWhen: 'date de la promesse en clair',
  quoteId: 'identifiant de la citation',
  quote: 'citation',
  eventIds: 'identifiants des faits',
  events: 'ce qui s’est passé',
  sources: 'sources des faits',
  sourceUrls: 'adresses des sources',
} as const;

/** One row per commitment, in the declaration's order; dates stay ISO where they are a column of their own. */
export function trackerExportTable(chart: TrackerChartData, source: TrackerSource, sourceOf: (id: string) => DataSource | undefined): DataTable {
  const model = buildTrackerModel(chart, source);
  const rows = model.rows.map((row, i) => {
    const decl = chart.rows[i]!;
    const eventOf = (ref: { event: string; dataset?: string | undefined }) => source.events(ref.dataset ?? chart.dataset).find((e) => e.id === ref.event)!;
    const promised = eventOf(decl.promised);
    const facts = decl.events.map(eventOf);
    const urls = [promised, ...facts].map((e) => sourceOf(e.source)?.url ?? '').filter(Boolean);
    return {
      id: row.id,
      promise: row.promise,
      status: row.statusLabel,
      reason: row.reason,
      promisedDate: promised.date,
      promisedWhen: row.promised.when,
      quoteId: row.quote?.id ?? '',
      quote: row.quote?.text ?? '',
      eventIds: row.events.map((e) => e.id).join(LIST_SEPARATOR),
      events: row.events.map((e) => `${e.when} : ${e.label}`).join(LIST_SEPARATOR),
      sources: [row.promised, ...row.events].map((e) => e.origin).join(LIST_SEPARATOR),
      sourceUrls: [...new Set(urls)].join(LIST_SEPARATOR),
    };
  });
  return { columns: TRACKER_COLUMNS, rows };
}
