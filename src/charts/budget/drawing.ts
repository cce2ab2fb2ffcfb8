/** How a budget chart draws: model, table rows, layout, renderer, export. */
import type { ChartDrawing } from '../kind.ts';
import type { BudgetChartData } from './schema.ts';
import { budgetExportGraphic } from './export.ts';
import { layoutBudget, type BudgetGeometry } from './layout.ts';
import { budgetTableRows, buildBudgetModel } from './model.ts';
import { renderBudgetSvg } from './render.ts';
import type { BudgetData } from './types.ts';

export const budgetDrawing: ChartDrawing<BudgetChartData, BudgetData, BudgetGeometry> = {
  model: buildBudgetModel,
  rows: budgetTableRows,
  layout: layoutBudget,
  render: renderBudgetSvg,
  graphic: budgetExportGraphic,
};
