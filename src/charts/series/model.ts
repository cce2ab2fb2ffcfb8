/**
 * Turns a series chart declaration and the dataset's figures into `SeriesData`, with
 * every number formatted the French way once, at build time. Server-side only.
 */
import { ticks } from 'd3-array';
import type { SeriesChartData } from '../../content/schemas.ts';
import { formatValue } from '../../lib/format.ts';
import { chartValueText, figureFiller, figureOrigin, figureStatus, needFigure, type FigureSource } from '../lib/figures.ts';
import type { ChartTableRow } from '../lib/frame.ts';
import type { SeriesData } from './types.ts';

const need = (dossier: FigureSource, id: string) => needFigure(dossier, 'series', id);

/** Builds the series chart's input from its declaration. Throws on an unknown figure id. */
export function buildSeriesModel(chart: SeriesChartData, dossier: FigureSource): SeriesData {
  const fill = figureFiller(dossier);
  const values = chart.points.map((p) => need(dossier, p.figure));
  const percent = values.every((v) => v.unit === '%');
  const max = percent ? 100 : (ticks(0, Math.max(...values.map((v) => v.value)), 4).at(-1) ?? 1);
  const top = Math.max(max, ...values.map((v) => v.value));
  const unit = values[0]?.unit ?? 'count';
  return {
    max: top,
    ticks: ticks(0, top, 4).map((value) => ({ value, text: formatValue(value, unit) })),
    axisLabel: fill(chart.axisLabel),
    legend: { firm: fill(chart.legend.firm), caveat: fill(chart.legend.caveat) },
    points: chart.points.map((p, i) => {
      const v = values[i]!;
      const caveat = p.caveat ? fill(p.caveat) : undefined;
      return {
        id: p.figure,
        label: fill(p.label),
        when: fill(p.when),
        value: v.value,
        valueText: chartValueText(v),
        caveat: caveat !== undefined,
        ...(p.breakBefore ? { breakBefore: fill(p.breakBefore) } : {}),
        details: [v.label, chartValueText(v), `${fill(p.label)}, ${fill(p.when)}`, figureStatus(v), ...(caveat ? [caveat] : []), figureOrigin(v, dossier)],
      };
    }),
  };
}

/** The data table's rows: one per point, with its edition and date, status, caveat and origin. */
export function seriesTableRows(chart: SeriesChartData, dossier: FigureSource): ChartTableRow[] {
  const fill = figureFiller(dossier);
  return chart.points.map((p) => {
    const v = need(dossier, p.figure);
    const status = figureStatus(v);
    return { id: p.figure, label: `${fill(p.label)}, ${fill(p.when)}`, value: chartValueText(v), status: p.caveat ? `${status}. ${fill(p.caveat)}` : status, origin: figureOrigin(v, dossier) };
  });
}
