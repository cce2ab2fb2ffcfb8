/**
 * How every chart kind prints the dataset's figures, in one place: the value with « ≈ » for
 * an estimate, its status and origin, the lookup that fails loudly, and the copy filling
 * that uses them. Server-side only (build time).
 */
import type { DatasetValue } from '../../content/schemas.ts';
import { figureText, formulaForReaders, STATUS_LABELS } from '../../lib/figures.ts';
import { fillCopy } from './copy.ts';
import { CHART_LABELS } from './labels.ts';

/** What a chart model needs to know of the dossier. */
export interface FigureSource {
  figure: (id: string) => DatasetValue | undefined;
  /** Publisher of a source id, as cited in tooltips. */
  publisher: (sourceId: string) => string | undefined;
}

/** The text a chart prints for a figure: `≈ 33,1 M€` for an estimate, `46 M€` otherwise. */
export function chartValueText(v: DatasetValue): string {
  return `${v.status === 'derived-estimate' ? CHART_LABELS.about : ''}${figureText(v)}`;
}

/** A figure's status and year, for readers: `Chiffre cité, 2016`. */
export const figureStatus = (v: DatasetValue): string => `${STATUS_LABELS[v.status]}, ${v.year}`;

/** Where a figure comes from, for readers: source and locator, or the formula. */
export function figureOrigin(v: DatasetValue, dossier: FigureSource): string {
  if (v.derived) return `${CHART_LABELS.formulaPrefix}${formulaForReaders(v, (i) => dossier.figure(i)?.value)}`;
  return `${CHART_LABELS.sourcePrefix}${dossier.publisher(v.source ?? '') ?? v.source}, ${v.locator}`;
}

/**
 * What a declaration names, or an error naming the chart kind and the missing thing
 * (`budget chart: unknown figure id "x"`). The build's integrity check reports it first, with the file.
 */
export function need<T>(found: T | undefined, kind: string, what: string): T {
  if (found === undefined) throw new Error(`${kind} chart: unknown ${what}`);
  return found;
}

/** A figure by id, or an error naming the chart kind. */
export const needFigure = (dossier: FigureSource, kind: string, id: string): DatasetValue => need(dossier.figure(id), kind, `figure id "${id}"`);

/**
 * The one filler of chart copy: each `{figure-id}` becomes `valueText(figure)`. By default
 * the figure as the chart prints it, so a derived estimate reads `≈ …` in every kind's
 * labels, legend and axis.
 */
export const figureFiller =
  (dossier: Pick<FigureSource, 'figure'>, valueText: (v: DatasetValue) => string = chartValueText) =>
  (text: string): string =>
    fillCopy(text, (id) => {
      const v = dossier.figure(id);
      return v ? valueText(v) : undefined;
    });
