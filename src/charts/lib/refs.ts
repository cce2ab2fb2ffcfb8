/**
 * The figures a chart declaration refers to, with the field each one stands in, so the
 * build can name the file and the field of an unknown id. Pure.
 */
import type { ChartData } from '../../content/schemas.ts';
import { copyFigureIds } from './copy.ts';

/** A figure id used by a declaration, and where. */
export interface ChartFigureRef {
  field: string;
  id: string;
  /** Drawn from the chart's own dataset (marks), rather than only quoted in copy. */
  drawn: boolean;
}

/** Figure ids the chart draws, by field; one branch per kind. */
function drawnRefs(chart: ChartData): ChartFigureRef[] {
  switch (chart.kind) {
    case 'budget':
      return [
        ...chart.groups.flatMap((g, gi) => g.bars.map((b, bi) => ({ field: `groups[${gi}].bars[${bi}].figure`, id: b.figure, drawn: true }))),
        ...(['figure', 'from', 'to'] as const).map((k) => ({ field: `growth.${k}`, id: chart.growth[k], drawn: true })),
        ...(chart.share ? (['figure', 'part'] as const).map((k) => ({ field: `share.${k}`, id: chart.share![k], drawn: true })) : []),
        ...chart.discrepancy.bars.map((id, i) => ({ field: `discrepancy.bars[${i}]`, id, drawn: true })),
      ];
    case 'series':
      return chart.points.map((p, i) => ({ field: `points[${i}].figure`, id: p.figure, drawn: true }));
    case 'timeline':
      return [];
    case 'tracker':
      return []; // draws events and quotations, checked by tracker/checks.ts
    case 'comparison':
      return []; // draws a comparison's items and links, checked by the comparison's own schema
  }
}

/** Every `{figure-id}` placeholder in the declaration's copy, by field. */
function copyRefs(value: unknown, path: string): ChartFigureRef[] {
  if (typeof value === 'string') return copyFigureIds(value).map((id) => ({ field: path, id, drawn: false }));
  if (Array.isArray(value)) return value.flatMap((v, i) => copyRefs(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => copyRefs(v, path ? `${path}.${k}` : k));
  return [];
}

/** All figure references of a chart declaration. */
export function chartFigureRefs(chart: ChartData): ChartFigureRef[] {
  return [...drawnRefs(chart), ...copyRefs(chart, '')];
}

/** Bars a budget chart draws; growth, share and discrepancy must point at them. */
export function budgetBarIds(chart: ChartData): Set<string> {
  return new Set(chart.kind === 'budget' ? chart.groups.flatMap((g) => g.bars.map((b) => b.figure)) : []);
}
