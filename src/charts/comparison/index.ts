/** The comparison kind: the 2015 priorities and the 2016 plan of a comparison, their links by strength. */
import { defineKind } from '../kind.ts';
import { comparisonChartSchema } from './schema.ts';

export const comparison = defineKind({
  schema: comparisonChartSchema,
  drawnRefs: () => [], // draws a comparison's items and links, checked by the comparison's own schema
  // Its `dataset:` names a comparison, not a dataset.
  checkDataset: ({ file, data }, { comparisonIds }) =>
    comparisonIds.has(data.dataset)
      ? []
      : [{ file, field: 'dataset', message: `unknown comparison "${data.dataset}": a comparison chart draws a comparison, use the file name of a content/data/comparaison-*.yaml without .yaml (${[...comparisonIds].join(', ')})` }],
  drawing: () => import('./drawing.ts').then((m) => m.comparisonDrawing),
});
