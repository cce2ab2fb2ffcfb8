/** The figures a budget chart draws, by field. Pure. */
import type { ChartFigureRef } from '../kind.ts';
import type { BudgetChartData } from './schema.ts';

export function budgetRefs(chart: BudgetChartData): ChartFigureRef[] {
  const { share } = chart;
  return [
    ...chart.groups.flatMap((g, gi) => g.bars.map((b, bi) => ({ field: `groups[${gi}].bars[${bi}].figure`, id: b.figure, drawn: true }))),
    ...(['figure', 'from', 'to'] as const).map((k) => ({ field: `growth.${k}`, id: chart.growth[k], drawn: true })),
    ...(share ? (['figure', 'part'] as const).map((k) => ({ field: `share.${k}`, id: share[k], drawn: true })) : []),
    ...chart.discrepancy.bars.map((id, i) => ({ field: `discrepancy.bars[${i}]`, id, drawn: true })),
  ];
}
