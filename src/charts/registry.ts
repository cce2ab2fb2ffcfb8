/**
 * Every chart kind the site can draw. Adding a kind: a folder `src/charts/<kind>/` whose
 * `index.ts` exports its `ChartKind`, and one entry here. The chart schema's union and
 * `CHART_KINDS` (src/content/schemas.ts), the figure references, the checks and the exports
 * derive from this list.
 */
import { budget } from './budget/index.ts';
import { comparison } from './comparison/index.ts';
import type { ChartKind } from './kind.ts';
import { series } from './series/index.ts';
import { timeline } from './timeline/index.ts';
import { tracker } from './tracker/index.ts';

/** The kinds, by the `kind:` a declaration gives (the key must be its schema's `kind` literal). */
export const CHART_REGISTRY = { budget, series, timeline, comparison, tracker };

type Registry = typeof CHART_REGISTRY;
/** A kind's name: `budget`, `series`… */
export type ChartKindName = keyof Registry;
/** The declaration of each kind, by name. */
export type ChartDataOf = { [K in ChartKindName]: Registry[K] extends ChartKind<infer C, infer _M, infer _G> ? C & { kind: K } : never };
type ModelOf = { [K in ChartKindName]: Registry[K] extends ChartKind<infer _C, infer M, infer _G> ? M : never };
type GeometryOf = { [K in ChartKindName]: Registry[K] extends ChartKind<infer _C, infer _M, infer G> ? G : never };

/**
 * The registry as a mapped type: indexing it with a generic name keeps the link between a
 * declaration and its kind's functions, so dispatching needs no cast (TypeScript's
 * correlated-union pattern).
 */
const KINDS: { [K in ChartKindName]: ChartKind<ChartDataOf[K], ModelOf[K], GeometryOf[K]> } = CHART_REGISTRY;

/** The kind of a declaration, typed for it. */
export function kindOf<K extends ChartKindName>(chart: ChartDataOf[K]): ChartKind<ChartDataOf[K], ModelOf[K], GeometryOf[K]> {
  return KINDS[chart.kind];
}

/** The kinds' names, in registry order. */
export const CHART_KINDS: ChartKindName[] = Object.keys(KINDS).filter((k): k is ChartKindName => k in KINDS);

/** The kinds' schemas, in registry order (the branches of the chart union). */
export const KIND_SCHEMAS = Object.values(CHART_REGISTRY).map((k) => k.schema);
