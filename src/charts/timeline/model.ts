/**
 * Turns a timeline chart declaration and its dataset's events into `TimelineData`: each
 * partial ISO date becomes the period it covers, in decimal years, and every text is
 * formatted once, at build time. Server-side only.
 */
import type { DatasetEvent, DatasetValue, TimelineChartData } from '../../content/schemas.ts';
import { formatPartialDate } from '../../lib/dates.ts';
import { frenchSpacing } from '../lib/copy.ts';
import { chartValueText, figureFiller, need as needOf, type FigureSource } from '../lib/figures.ts';
import type { ChartTableRow } from '../lib/frame.ts';
import { CHART_LABELS } from '../lib/labels.ts';
import { TIMELINE_LABELS } from './labels.ts';
import type { DatePrecision, TimelineData, TimelineEvent } from './types.ts';

/** What the timeline needs of the dossier beyond figures: the dataset's events. */
export interface EventSource extends FigureSource {
  events: DatasetEvent[];
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The period a partial ISO date covers, in decimal years, and its precision. */
export function datePeriod(iso: string): { start: number; end: number; precision: DatePrecision } {
  const [y = 0, m, d] = iso.split('-').map(Number);
  if (m === undefined) return { start: y, end: y + 1, precision: 'year' };
  if (d === undefined) return { start: y + (m - 1) / 12, end: y + m / 12, precision: 'month' };
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000;
  const at = y + (dayOfYear + 0.5) / (isLeap(y) ? 366 : 365);
  return { start: at, end: at, precision: 'day' };
}

const need = (source: EventSource, id: string): DatasetEvent => needOf(source.events.find((x) => x.id === id), 'timeline', `event id "${id}"`);

const figureLine = (v: DatasetValue) => frenchSpacing(`${v.label} : ${chartValueText(v)}`);
const origin = (e: DatasetEvent, source: EventSource) => `${CHART_LABELS.sourcePrefix}${source.publisher(e.source) ?? e.source}, ${e.locator}`;
const linked = (e: DatasetEvent, source: EventSource) => e.figures.map((id) => source.figure(id)).filter((v): v is DatasetValue => !!v);

/** Builds the timeline's input from its declaration, events in date order. Throws on an unknown event id. */
export function buildTimelineModel(chart: TimelineChartData, source: EventSource): TimelineData {
  const fill = figureFiller(source);
  const events: TimelineEvent[] = chart.events
    .map((c) => {
      const e = need(source, c.event);
      const dateText = formatPartialDate(e.date);
      return {
        id: e.id,
        ...datePeriod(e.date),
        uncertain: e.dateNote !== undefined,
        dateText,
        label: fill(c.label),
        details: [
          frenchSpacing(e.label),
          dateText,
          ...(e.dateNote ? [`${TIMELINE_LABELS.datePrefix}${frenchSpacing(e.dateNote)}`] : []),
          ...linked(e, source).map(figureLine),
          ...(e.note ? [frenchSpacing(e.note)] : []),
          origin(e, source),
        ],
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    from: Math.floor(Math.min(...events.map((e) => e.start))),
    to: Math.ceil(Math.max(...events.map((e) => e.end))),
    legend: { day: fill(chart.legend.day), span: fill(chart.legend.span), uncertain: fill(chart.legend.uncertain) },
    events,
  };
}

/** The data table's rows, in date order: event (and its figures), date, how sure the date is, origin. */
export function timelineTableRows(chart: TimelineChartData, source: EventSource): ChartTableRow[] {
  const model = buildTimelineModel(chart, source);
  return model.events.map((t) => {
    const e = need(source, t.id);
    const figures = linked(e, source);
    const precision = e.dateNote ? `${model.legend.uncertain}\u202f: ${frenchSpacing(e.dateNote)}` : t.precision === 'day' ? model.legend.day : model.legend.span;
    return {
      id: e.id,
      label: frenchSpacing(figures.length ? `${e.label} ${TIMELINE_LABELS.figuresPrefix}${figures.map(figureLine).join(' ; ')}.` : e.label),
      value: t.dateText,
      status: precision,
      origin: origin(e, source),
    };
  });
}
