/**
 * A chart's data as files: the rows of what the chart shows (each kind says which, and
 * with which columns), in CSV and JSON, with the sources. Numbers stay numbers (dot
 * decimal, no unit, no rounding); French column headers. Pure; used at build time.
 */
import type { DatasetValue } from '../content/schemas.ts';
import { STATUS_LABELS } from './figures.ts';

/** The columns of a chart drawing figures (budget, series), in order: key in JSON → header in CSV. */
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
/** One row of a chart drawing figures. */
export type DataRow = Record<DataColumn, string | number>;

/** A chart's data: its columns (key in JSON → French header in CSV), in order, and its rows. */
export interface DataTable {
  columns: Readonly<Record<string, string>>;
  rows: Readonly<Record<string, string | number>>[];
}

/** Separator of a list inside one field (quotation ids, figure ids): split on `;` and trim. */
export const LIST_SEPARATOR = '; ';

/** A source as one field: its publisher and title. */
export function sourceText(s: DataSource | undefined): string {
  return s ? [s.publisher, s.title].filter(Boolean).join(', ') : '';
}

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
    source: sourceText(s),
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
 * The table as CSV: UTF-8 without a byte-order mark, comma-separated, CRLF line ends,
 * a header line of French column names, numbers as JavaScript writes them (46, 33.093…).
 * Throws if a row lacks a column, so a kind cannot silently write an empty field.
 */
export function toCsv(table: DataTable): string {
  const keys = Object.keys(table.columns);
  const field = (r: DataTable['rows'][number], k: string) => {
    const v = r[k];
    if (v === undefined) throw new Error(`chart data: a row has no "${k}" column`);
    return csvField(v);
  };
  const lines = [keys.map((k) => csvField(table.columns[k]!)), ...table.rows.map((r) => keys.map((k) => field(r, k)))];
  return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

/** What a chart's JSON file holds besides its rows. */
export interface ChartDataInfo {
  id: string;
  /** The chart's kind (budget, series, timeline, comparison): says what a row is. */
  kind: string;
  title: string;
  description: string;
  notes: string[];
  sourceLine: string;
  /** Absolute URLs of the chart's article and embed page. */
  article: string;
  embed: string;
  sources: DataSource[];
  /** The chart's corrections, newest first (date, what, before, after, why, figures, quotations, origin). */
  corrections: Record<string, unknown>[];
}

/** The chart's JSON file: what it is, where it comes from, its columns and rows. */
export function toJson(info: ChartDataInfo, table: DataTable): string {
  return JSON.stringify({ ...info, columns: table.columns, data: table.rows }, null, 2) + '\n';
}
