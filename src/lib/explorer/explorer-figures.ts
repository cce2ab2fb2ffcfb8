/**
 * /chiffres/ as data: one row per figure of every dataset, grouped by theme (its dataset), with
 * its provenance and the places citing it; and the same rows as the CSV/JSON download, with the
 * chart exports' columns (src/lib/data-table.ts) plus theme and citations. Pure.
 */
import type { DatasetValue } from '../../content/schemas.ts';
import { DATA_COLUMNS, figureRow, LIST_SEPARATOR, type DataSource, type DataTable } from '../data-table.ts';
import { evaluateFormula } from '../content/formula.ts';
import { formatValue } from '../format.ts';
import type { Citation } from './explorer-index.ts';

/** A piece of a derived figure's formula as readers see it: text, or an input figure (a link to its row). */
export type FormulaPart = { text: string } | { figure: string };

/** `{a} / (1 + {b} / 100)` → text and input pieces, with × ÷ − for readers. */
export function formulaParts(formula: string): FormulaPart[] {
  const parts: FormulaPart[] = [];
  const forReaders = (t: string) => t.replace(/\*/g, '×').replace(/\//g, '÷').replace(/-/g, '−').replace(/\s+/g, ' ');
  let last = 0;
  for (const m of formula.matchAll(/\{([^}]*)\}/g)) {
    if (m.index > last) parts.push({ text: forReaders(formula.slice(last, m.index)) });
    parts.push({ figure: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < formula.length) parts.push({ text: forReaders(formula.slice(last)) });
  return parts;
}

/** A derived figure's value recomputed from its inputs, in its unit, to two decimals (`33,09 M€`); stated figures give ''. */
export function recomputed(v: Pick<DatasetValue, 'derived' | 'unit' | 'signed'>, lookup: (id: string) => number | undefined): string {
  if (!v.derived) return '';
  return formatValue(evaluateFormula(v.derived.formula, lookup), v.unit, { decimals: 2, signed: v.signed });
}

/** A theme of /chiffres/: a dataset and its figures, in the dataset's order. */
export interface FigureTheme<F> {
  id: string;
  title: string;
  figures: F[];
}

/** Groups figures by dataset (theme), datasets in the given order. */
export function figuresByTheme<F extends { dataset: string }>(datasets: { id: string; title: string }[], figures: Iterable<F>): FigureTheme<F>[] {
  const all = [...figures];
  return datasets.map((d) => ({ id: d.id, title: d.title, figures: all.filter((f) => f.dataset === d.id) })).filter((t) => t.figures.length > 0);
}

/** Columns of the /chiffres/ files: the chart exports' figure columns, then theme and citations. */
export const FIGURE_TABLE_COLUMNS = {
  ...DATA_COLUMNS,
  theme: 'thème',
  dataset: 'jeu de données',
  citedIn: 'cité dans',
} as const;

/** The /chiffres/ table as a data table (CSV, JSON): citations as absolute URLs separated by `; `. */
export function figuresTable(
  themes: FigureTheme<DatasetValue & { dataset: string }>[],
  source: (id: string) => DataSource | undefined,
  citations: (id: string) => Citation[],
  abs: (path: string) => string,
): DataTable {
  return {
    columns: FIGURE_TABLE_COLUMNS,
    rows: themes.flatMap((t) =>
      t.figures.map((f) => ({
        ...figureRow(f, source),
        theme: t.title,
        dataset: t.id,
        citedIn: citations(f.id).map((c) => abs(c.href)).join(LIST_SEPARATOR),
      })),
    ),
  };
}
