/** The budget chart for export files: its desktop static layout, in the light palette. */
import type { BudgetChartData } from '../../content/schemas.ts';
import { token, type ExportGraphic } from '../lib/export-svg.ts';
import { layoutBudget } from './layout.ts';
import { buildBudgetModel, type FigureSource } from './model.ts';
import { renderBudgetSvg } from './render.ts';

/** Width of the exported graphic: the article column's no-JavaScript layout. */
export const BUDGET_EXPORT_WIDTH = 720;

/** The budget chart's graphic and styles for a standalone SVG. */
export function budgetExportGraphic(chart: BudgetChartData, dossier: FigureSource): ExportGraphic {
  const geometry = layoutBudget(buildBudgetModel(chart, dossier), { width: BUDGET_EXPORT_WIDTH });
  const prefix = 'export';
  const svg = renderBudgetSvg(geometry, { idPrefix: prefix, titleId: 'export-title', descriptionId: 'export-title', interactive: false });
  const tone = (name: string, colour: string) => `.chart-bar.tone-${name}{fill:${colour};stroke:${colour}}`;
  const css = [
    tone('fibre', token('--chart-fibre')),
    tone('total', token('--chart-total')),
    tone('campus', token('--chart-campus')),
    // After the tones, so it wins: an estimate keeps its hatch inside a dashed outline.
    `.chart-bar.is-estimate{fill:url(#${prefix}-hatch);stroke-width:2;stroke-dasharray:5 3}`,
    `.chart-hatch-ground{fill:${token('--chart-hatch-ground')}}`,
    `.chart-hatch{stroke:${token('--chart-fibre')};stroke-width:2}`,
  ].join('\n');
  return { svg, width: geometry.width, height: geometry.height, css };
}
