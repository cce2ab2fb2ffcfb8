/** How a comparison chart draws: model, layout, renderer, export (it shows its own matrix, not table rows). */
import type { DossierLookup } from '../../lib/content/dossier-lookup.ts';
import type { ComparisonData } from '../../content/schemas.ts';
import type { ChartDrawing } from '../kind.ts';
import type { ComparisonChartData } from './schema.ts';
import { comparisonExportGraphic, comparisonExportTable } from './export.ts';
import { layoutComparison, type ComparisonGeometry } from './layout.ts';
import { buildComparisonModel } from './model.ts';
import { renderComparisonSvg } from './render.ts';
import type { ComparisonModel } from './types.ts';

/** The comparison the chart draws (the checks make sure it exists before anything draws). */
export function comparisonOf(chart: ComparisonChartData, dossier: DossierLookup): ComparisonData {
  const c = dossier.comparison(chart.dataset);
  if (!c) throw new Error(`comparison chart: unknown comparison "${chart.dataset}"`);
  return c;
}

export const comparisonDrawing: ChartDrawing<ComparisonChartData, ComparisonModel, ComparisonGeometry> = {
  model: (chart, dossier) => buildComparisonModel(chart, comparisonOf(chart, dossier), dossier.quote),
  layout: layoutComparison,
  render: renderComparisonSvg,
  graphic: (chart, dossier) => comparisonExportGraphic(chart, comparisonOf(chart, dossier), dossier.quote),
  table: (chart, dossier) => comparisonExportTable(chart, comparisonOf(chart, dossier), dossier.source),
};
