/**
 * A chart's data as files: one row per figure the chart draws (the same rows as its data
 * table), in CSV and JSON, with the sources. Numbers stay numbers (dot decimal, no unit,
 * no rounding); French column headers. Pure; used at build time.
 */
import type { DatasetValue } from '../../content/schemas.ts';
import { STATUS_LABELS } from '../../lib/figures.ts';

/** The columns of a chart's data, in order: key in JSON → header in CSV. */
export const DATA_COLUMNS = {
  id: 'identifiant',
  label: 'libellé',
  value: 'valeur',
  unit: 'unité',
  year: 'année',
  status: 'nature',
  source: 'source',
  sourceUrl: 'adresse de la source',
  locator: 'repère dans la source',
  formula: 'calcul',
} as const;

export type DataColumn = keyof typeof DATA_COLUMNS;
/** One row of a chart's data. */
export type DataRow = Record<DataColumn, string | number>;

/** A source as the data files cite it. */
export interface DataSource {
  id: string;
  title?: string;
  publisher: string;
  date?: string;
  url?: string;
}

/** Builds the data row of a figure; `source` finds a source by id. */
export function figureRow(v: DatasetValue, source: (id: string) => DataSource | undefined): DataRow {
  const s = v.source ? source(v.source) : undefined;
  return {
    id: v.id,
    label: v.label,
    value: v.value,
    unit: v.unit,
    year: v.year,
    status: STATUS_LABELS[v.status],
    source: s ? [s.publisher, s.title].filter(Boolean).join(', ') : '',
    sourceUrl: s?.url ?? '',
    locator: v.locator ?? '',
    formula: v.derived?.formula ?? '',
  };
}

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rows as CSV: UTF-8 without a byte-order mark, comma-separated, CRLF line ends,
 * a header line of French column names, numbers as JavaScript writes them (46, 33.093…).
 */
export function toCsv(rows: DataRow[]): string {
  const keys = Object.keys(DATA_COLUMNS) as DataColumn[];
  const lines = [keys.map((k) => csvField(DATA_COLUMNS[k])), ...rows.map((r) => keys.map((k) => csvField(r[k])))];
  return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

/** What a chart's JSON file holds besides its rows. */
export interface ChartDataInfo {
  id: string;
  title: string;
  description: string;
  notes: string[];
  sourceLine: string;
  /** Absolute URLs of the chart's article and embed page. */
  article: string;
  embed: string;
  sources: DataSource[];
}

/** The chart's JSON file: what it is, where it comes from, its columns and rows. */
export function toJson(info: ChartDataInfo, rows: DataRow[]): string {
  return JSON.stringify({ ...info, columns: DATA_COLUMNS, data: rows }, null, 2) + '\n';
}
