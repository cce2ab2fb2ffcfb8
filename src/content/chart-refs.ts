/**
 * The figures a chart declaration refers to, with the field each one stands in, so the
 * build can name the file and the field of an unknown id: those its kind draws (the
 * registry asks the kind) and every `{figure-id}` placeholder in its copy. Pure.
 */
import { copyFigureIds } from '../charts/lib/copy.ts';
import type { ChartFigureRef } from '../charts/kind.ts';
import { kindOf } from '../charts/registry.ts';
import type { ChartData } from './schemas.ts';

export type { ChartFigureRef };

/** Every `{figure-id}` placeholder in the declaration's copy, by field. */
function copyRefs(value: unknown, path: string): ChartFigureRef[] {
  if (typeof value === 'string') return copyFigureIds(value).map((id) => ({ field: path, id, drawn: false }));
  if (Array.isArray(value)) return value.flatMap((v, i) => copyRefs(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => copyRefs(v, path ? `${path}.${k}` : k));
  return [];
}

/** All figure references of a chart declaration. */
export function chartFigureRefs(chart: ChartData): ChartFigureRef[] {
  return [...kindOf(chart).drawnRefs(chart), ...copyRefs(chart, '')];
}
