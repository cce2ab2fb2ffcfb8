/** Reading a plan comparison: what each 2015 priority meets in 2016, and what stands alone. Pure. */
import type { ComparisonData } from '../../content/schemas.ts';

type Link = ComparisonData['links'][number];
type Item = ComparisonData['plan'][number];
type Gap = ComparisonData['gaps'][number];

/** Readers' words for each strength. */
export const STRENGTH_LABELS: Record<Link['strength'], string> = {
  strong: 'recoupement fort',
  partial: 'recoupement partiel',
  none: 'pas de recoupement',
};

/** The 2016 parts a priority meets, strongest first, with their links. */
export function linksOfPriority(c: ComparisonData, priority: string): { link: Link; part: Item }[] {
  const order = { strong: 0, partial: 1, none: 2 } as const;
  return c.links
    .filter((l) => l.priority === priority)
    .map((link) => ({ link, part: c.plan.find((p) => p.id === link.plan)! }))
    .sort((a, b) => order[a.link.strength] - order[b.link.strength]);
}

/** The gap recorded for an item, if it has no counterpart. */
export function gapOf(c: ComparisonData, side: Gap['side'], item: string): Gap | undefined {
  return c.gaps.find((g) => g.side === side && g.item === item);
}

/** Position (1-based) of a 2015 priority, as the report numbers them. */
export function priorityNumber(c: ComparisonData, priority: string): number {
  return c.priorities.findIndex((p) => p.id === priority) + 1;
}
