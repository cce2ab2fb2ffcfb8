/**
 * Turns a comparison chart declaration, its comparison data and the allowed quotations into
 * `ComparisonModel` (the chart's plain input) and the matrix's rows. Every sentence is
 * assembled once, at build time, so the browser needs no wording code. Server-side only.
 */
import type { ComparisonChartData, ComparisonData } from '../../content/schemas.ts';
import { guillemets, innerQuotes } from '../../lib/editorial/french-spacing.ts';
import { frenchSpacing } from '../lib/copy.ts';
import { COMPARISON_LABELS as L, fillLabel } from '../lib/labels.ts';
import type { ComparisonItem, ComparisonModel, DetailEntry, ItemDetails, Side } from './types.ts';

type Link = ComparisonData['links'][number];
type Gap = ComparisonData['gaps'][number];
type PlanItem = ComparisonData['plan'][number];

/** An allowed quotation, as content/quotations.yaml holds it. */
export interface QuotationText {
  text: string;
  locator: string;
}

/** Looks a quotation up by id. */
export type QuotationSource = (id: string) => QuotationText | undefined;

const ORDER = { strong: 0, partial: 1, none: 2 } as const;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A quotation as the chart prints it: `« … » (§4)`. */
export function quoteText(id: string, quote: QuotationSource): string {
  const q = quote(id);
  if (!q) throw new Error(`comparison chart: unknown quotation id "${id}"`);
  return `${guillemets(innerQuotes(q.text))} (${q.locator})`;
}

/** Readers' words for a link's strength, from the declaration's legend. */
export function strengthText(chart: ComparisonChartData, strength: Link['strength']): string {
  return chart.legend[strength];
}

/** The links of a comparison, strongest first (stable). */
const sortedLinks = (c: ComparisonData) => [...c.links].sort((a, b) => ORDER[a.strength] - ORDER[b.strength]);

/** Builds the chart's input. Throws on an unknown quotation id (the content check names it first). */
export function buildComparisonModel(chart: ComparisonChartData, c: ComparisonData, quote: QuotationSource): ComparisonModel {
  const drawn = c.links.filter((l): l is Link & { strength: 'strong' | 'partial' } => l.strength !== 'none');
  const number = new Map(c.priorities.map((p, i) => [p.id, i + 1]));
  const label = (side: Side, p: PlanItem) => (side === 'before' ? `${number.get(p.id)}. ${p.short}` : p.short);
  const items: ComparisonItem[] = [
    ...c.priorities.map((p) => ({ id: p.id, side: 'before' as const, label: label('before', p), unmatched: !drawn.some((l) => l.priority === p.id) })),
    ...c.plan.map((p) => ({ id: p.id, side: 'after' as const, label: label('after', p), unmatched: !drawn.some((l) => l.plan === p.id) })),
  ];
  const labelOf = new Map(items.map((i) => [i.id, i.label]));

  const details: Record<string, ItemDetails> = {};
  const describe = (side: Side, p: PlanItem) => {
    const own = sortedLinks(c).filter((l) => (side === 'before' ? l.priority : l.plan) === p.id);
    const entries: DetailEntry[] = own.map((l) => ({
      head: frenchSpacing(fillLabel(L.linkHead, { strength: capital(strengthText(chart, l.strength)), partner: labelOf.get(side === 'before' ? l.plan : l.priority) ?? '', before: l.locators.before, after: l.locators.after })),
      reason: frenchSpacing(l.reason),
      quotes: l.quotes.length ? l.quotes.map((q) => quoteText(q, quote)) : [`${L.supportedBy}${L.unquoted}.`],
    }));
    const gap = c.gaps.find((g) => g.side === side && g.item === p.id);
    if (gap) entries.push({ head: fillLabel(L.gapHead, { unmatched: capital(chart.legend.unmatched), locator: gap.locator }), reason: frenchSpacing(gap.reason), quotes: p.quotes.map((q) => quoteText(q, quote)) });
    const head = side === 'before'
      ? fillLabel(L.priorityHead, { side: chart.sides.before, n: number.get(p.id) ?? 0, title: innerQuotes(p.title), locator: p.locator })
      : fillLabel(L.partHead, { side: chart.sides.after, title: p.title, locator: p.locator });
    details[p.id] = { head: frenchSpacing(head), entries };
  };
  c.priorities.forEach((p) => describe('before', p));
  c.plan.forEach((p) => describe('after', p));

  return {
    sides: { before: chart.sides.before, after: chart.sides.after },
    legend: { strong: chart.legend.strong, partial: chart.legend.partial, unmatched: chart.legend.unmatched },
    items,
    links: drawn.map((l) => ({ before: l.priority, after: l.plan, strength: l.strength })),
    details,
  };
}

/** One row of the matrix: a 2015 priority, its link (or none) with each 2016 part, and its gap. */
export interface MatrixRow {
  priority: ComparisonData['priorities'][number];
  number: number;
  cells: (Link | undefined)[];
  gap: Gap | undefined;
}

/** The matrix: rows = 2015 priorities, columns = 2016 parts, plus the gaps of each side. */
export function comparisonMatrix(c: ComparisonData): { columns: PlanItem[]; rows: MatrixRow[]; gapsAfter: (Gap | undefined)[] } {
  return {
    columns: c.plan,
    rows: c.priorities.map((priority, i) => ({
      priority,
      number: i + 1,
      cells: c.plan.map((part) => c.links.find((l) => l.priority === priority.id && l.plan === part.id)),
      gap: c.gaps.find((g) => g.side === 'before' && g.item === priority.id),
    })),
    gapsAfter: c.plan.map((part) => c.gaps.find((g) => g.side === 'after' && g.item === part.id)),
  };
}
