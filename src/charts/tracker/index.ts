/** The promise tracker kind: commitments, each with its status on a fixed scale, its reason and dated events. */
import { defineKind } from '../kind.ts';
import { checkTrackerRefs } from './checks.ts';
import { trackerChartSchema } from './schema.ts';

export const tracker = defineKind({
  schema: trackerChartSchema,
  drawnRefs: () => [], // draws events and quotations, checked by checks.ts
  check: checkTrackerRefs,
  drawing: () => import('./drawing.ts').then((m) => m.trackerDrawing),
});
