/**
 * Turns a budget chart declaration and the dataset's figures into `BudgetData`: the
 * chart's plain input, with every number formatted the French way once, at build time,
 * so the browser needs no formatting code. Server-side only.
 */
import { ticks } from 'd3-array';
import type { BudgetChartData } from '../../content/schemas.ts';
import { figureText } from '../../lib/figures.ts';
import { formatValue } from '../../lib/format.ts';
import { chartValueText, figureFiller, figureOrigin, figureStatus, needFigure, type FigureSource } from '../lib/figures.ts';
import type { ChartTableRow } from '../lib/frame.ts';
import type { BudgetBar, BudgetData, BudgetTone } from './types.ts';

// Shared with the other kinds and exports.ts, which import them from here too.
export { chartValueText, figureOrigin, type FigureSource };

const need = (dossier: FigureSource, id: string) => needFigure(dossier, 'budget', id);

/** Builds the budget chart's input from its declaration. Throws on an unknown figure id. */
export function buildBudgetModel(chart: BudgetChartData, dossier: FigureSource): BudgetData {
  const fill = figureFiller(dossier);
  const groups = chart.groups.map((g) => ({
    label: fill(g.label),
    bars: g.bars.map((b): BudgetBar => {
      const v = need(dossier, b.figure);
      // Growth bars are the fibre; the discrepancy's other bar is the chapô's total; the rest are small lines (the Campus).
      const tone: BudgetTone =
        b.figure === chart.share?.part ? 'campus' : [chart.growth.from, chart.growth.to].includes(b.figure) ? 'fibre' : chart.discrepancy.bars.includes(b.figure) ? 'total' : 'campus';
      return {
        id: b.figure,
        label: fill(b.label),
        value: v.value,
        valueText: chartValueText(v),
        estimate: v.status === 'derived-estimate',
        tone,
        details: [v.label, chartValueText(v), figureStatus(v), figureOrigin(v, dossier)],
      };
    }),
  }));
  const max = Math.max(...groups.flatMap((g) => g.bars.map((b) => b.value)));
  return {
    max,
    ticks: ticks(0, max, 5).map((value) => ({ value, text: formatValue(value, 'count') })),
    axisLabel: fill(chart.axisLabel),
    legend: { stated: fill(chart.legend.stated), estimate: fill(chart.legend.estimate) },
    groups,
    growth: { from: chart.growth.from, to: chart.growth.to, text: figureText(need(dossier, chart.growth.figure)) },
    ...(chart.share ? { share: { part: chart.share.part, text: `(${chartValueText(need(dossier, chart.share.figure))} ${fill(chart.share.label)})` } } : {}),
    discrepancy: { bars: chart.discrepancy.bars, label: fill(chart.discrepancy.label), text: fill(chart.discrepancy.text) },
  };
}

/** The data table's rows: every bar, then the growth and share figures. */
export function budgetTableRows(chart: BudgetChartData, dossier: FigureSource): ChartTableRow[] {
  const ids = [...chart.groups.flatMap((g) => g.bars.map((b) => b.figure)), chart.growth.figure, ...(chart.share ? [chart.share.figure] : [])];
  return ids.map((id) => {
    const v = need(dossier, id);
    return { id, label: v.label, value: chartValueText(v), status: figureStatus(v), origin: figureOrigin(v, dossier) };
  });
}
