/**
 * Turns a tracker declaration, the events of the datasets it names and the quotation store
 * into `TrackerData`: every text formatted once, at build time, events in date order.
 * Server-side only.
 */
import type { DatasetEvent, DatasetValue, QuotationData, TrackerChartData } from '../../content/schemas.ts';
import { formatPartialDate } from '../../lib/dates.ts';
import { frenchSpacing } from '../lib/copy.ts';
import { chartValueText, figureFiller, need as needOf, type FigureSource } from '../lib/figures.ts';
import type { ChartTableRow } from '../lib/frame.ts';
import { CHART_LABELS } from '../lib/labels.ts';
import { TRACKER_STATUSES } from './schema.ts';
import { STATUS_WORDS, TRACKER_LABELS } from './labels.ts';
import type { TrackerData, TrackerEvent, TrackerRow } from './types.ts';

/** What the tracker needs of the dossier: figures, publishers, events of any dataset, quotations. */
export interface TrackerSource extends FigureSource {
  /** The events of a dataset (empty when it has none). */
  events: (dataset: string) => DatasetEvent[];
  quote: (id: string) => QuotationData | undefined;
}

type Ref = { event: string; dataset?: string | undefined };

function need(chart: TrackerChartData, source: TrackerSource, ref: Ref): DatasetEvent {
  const dataset = ref.dataset ?? chart.dataset;
  return needOf(source.events(dataset).find((x) => x.id === ref.event), 'tracker', `event "${ref.event}" in dataset "${dataset}"`);
}

const originOf = (sourceId: string, locator: string, source: TrackerSource) => `${CHART_LABELS.sourcePrefix}${source.publisher(sourceId) ?? sourceId}, ${locator}`;

/** An event as the tracker prints it; a bounded or inferred date keeps its note beside it. */
function trackerEvent(e: DatasetEvent, source: TrackerSource): TrackerEvent {
  const date = formatPartialDate(e.date);
  const figures = e.figures
    .map((id) => source.figure(id))
    .filter((v): v is DatasetValue => !!v)
    .map((v) => frenchSpacing(`${v.label} : ${chartValueText(v)}`));
  return {
    id: e.id,
    when: frenchSpacing(e.dateNote ? `${date} (${e.dateNote})` : date),
    uncertain: e.dateNote !== undefined,
    label: frenchSpacing(e.label),
    figures,
    origin: originOf(e.source, e.locator, source),
  };
}

/** Builds the tracker's input. Throws on an unknown event or quotation (the build's checks report them first, with the file). */
export function buildTrackerModel(chart: TrackerChartData, source: TrackerSource): TrackerData {
  const fill = figureFiller(source);
  const rows: TrackerRow[] = chart.rows.map((r) => {
    const q = r.quote ? source.quote(r.quote) : undefined;
    if (r.quote) needOf(q, 'tracker', `quotation id "${r.quote}"`);
    const withDate = r.events.map((ref) => need(chart, source, ref));
    return {
      id: r.id,
      promise: fill(r.promise),
      status: r.status,
      statusLabel: STATUS_WORDS[r.status],
      reason: fill(r.reason),
      promised: trackerEvent(need(chart, source, r.promised), source),
      ...(q && r.quote ? { quote: { id: r.quote, text: q.text, ...(q.speaker ? { speaker: q.speaker } : {}), origin: originOf(q.source, q.locator, source) } } : {}),
      events: withDate
        .map((e, i) => ({ e, i }))
        .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
        .map(({ e }) => trackerEvent(e, source)),
    };
  });
  const tally = TRACKER_STATUSES.map((status) => ({ status, label: STATUS_WORDS[status], count: rows.filter((r) => r.status === status).length }));
  return { tally, rows };
}

/** The one-line description of a row, for tooltips, accessible names and the table. */
export function rowSummary(row: TrackerRow): string {
  return frenchSpacing(`${row.promise} : ${row.statusLabel}. ${TRACKER_LABELS.why}${row.reason}`);
}

/** The data table's rows: one per commitment (promise, status, reason, sources of the facts). */
export function trackerTableRows(chart: TrackerChartData, source: TrackerSource): ChartTableRow[] {
  return buildTrackerModel(chart, source).rows.map((r) => ({
    id: r.id,
    label: frenchSpacing(`${r.promise} (${TRACKER_LABELS.promised.toLowerCase()} : ${r.promised.when})`),
    value: r.statusLabel,
    status: r.reason,
    origin: [r.promised, ...r.events].map((e) => `${e.when} : ${e.origin.replace(CHART_LABELS.sourcePrefix, '')}`).map(frenchSpacing).join('\u202f; ') || TRACKER_LABELS.noEvent,
  }));
}
