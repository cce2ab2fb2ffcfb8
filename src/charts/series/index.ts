/** The series chart kind: one value per edition or period, joined only where the points compare. */
import { defineKind } from '../kind.ts';
import { seriesChartSchema } from './schema.ts';

export const series = defineKind({
  schema: seriesChartSchema,
  drawnRefs: (chart) => chart.points.map((p, i) => ({ field: `points[${i}].figure`, id: p.figure, drawn: true })),
  drawing: () => import('./drawing.ts').then((m) => m.seriesDrawing),
});
