/**
 * `<budget-chart>`: the live budget chart (see lib/live.ts): re-laid out at its real width,
 * tooltip, keyboard. Bars grow in once, through CSS that only applies without
 * `prefers-reduced-motion`.
 */
import { defineLiveChart } from '../lib/live.ts';
import { layoutBudget } from './layout.ts';
import { renderBudgetSvg } from './render.ts';
import type { BudgetData } from './types.ts';

defineLiveChart<BudgetData, ReturnType<typeof layoutBudget>>('budget-chart', {
  layout: (data, width) => layoutBudget(data, { width }),
  render: renderBudgetSvg,
  details: (data) => new Map(data.groups.flatMap((g) => g.bars).map((b) => [b.id, b.details])),
  anchor: '.chart-bar',
});
