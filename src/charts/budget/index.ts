/** The budget chart kind: groups of bars on one zero-based scale, a growth bracket, a share, a discrepancy callout. */
import { defineKind } from '../kind.ts';
import { checkBudgetBars } from './checks.ts';
import { budgetRefs } from './refs.ts';
import { budgetChartSchema } from './schema.ts';

export const budget = defineKind({
  schema: budgetChartSchema,
  drawnRefs: budgetRefs,
  check: checkBudgetBars,
  drawing: () => import('./drawing.ts').then((m) => m.budgetDrawing),
});
