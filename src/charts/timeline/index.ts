/** The timeline kind: dated events of one dataset, partial and inferred dates drawn as such. */
import { defineKind } from '../kind.ts';
import { checkTimelineEvents } from './checks.ts';
import { timelineChartSchema } from './schema.ts';

export const timeline = defineKind({
  schema: timelineChartSchema,
  drawnRefs: () => [], // draws events, checked by checks.ts
  check: checkTimelineEvents,
  drawing: () => import('./drawing.ts').then((m) => m.timelineDrawing),
});
