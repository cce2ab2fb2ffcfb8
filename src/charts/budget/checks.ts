/** Checks of a budget declaration: growth, share and discrepancy point at its bars. Pure. */
import type { KindCheckContext, KindEntry } from '../kind.ts';
import type { Problem } from '../../lib/content/problems.ts';
import { budgetRefs } from './refs.ts';
import type { BudgetChartData } from './schema.ts';

/** Every figure the chart draws outside its bars (but the growth and share figures) is one of its bars. */
export function checkBudgetBars({ file, data }: KindEntry<BudgetChartData>, { datasetOf }: KindCheckContext): Problem[] {
  const bars = new Set(data.groups.flatMap((g) => g.bars.map((b) => b.figure)));
  return budgetRefs(data)
    // An unknown figure, or one of another dataset, is reported on its own.
    .filter((ref) => datasetOf.get(ref.id) === data.dataset && !bars.has(ref.id) && !/^(growth|share)\.figure$/.test(ref.field))
    .map((ref) => ({ file, field: ref.field, message: `"${ref.id}" is not one of the chart's bars: add it under \`groups:\` or point at a bar (${[...bars].join(', ')})` }));
}
