/** The comparison chart's data as its layout, renderer and enhancer receive it: plain, JSON-safe, pre-formatted. */

/** Which plan an item belongs to: `before` = the 2015 report, `after` = the 2016 interview. */
export type Side = 'before' | 'after';

/** Strengths the chart draws; `none` links are only listed in the matrix. */
export type DrawnStrength = 'strong' | 'partial';

/** One item of either plan, as the chart labels it. */
export interface ComparisonItem {
  id: string;
  side: Side;
  /** Short label in the box, e.g. `5. Fibre pour tous en 2025`. */
  label: string;
  /** No strong or partial link: drawn apart, with a dashed outline. */
  unmatched: boolean;
}

/** A link the chart draws between a 2015 priority and a 2016 part. */
export interface ComparisonLink {
  before: string;
  after: string;
  strength: DrawnStrength;
}

/** One paragraph of an item's details: a heading, the reason, the quotations with their locators. */
export interface DetailEntry {
  head: string;
  reason: string;
  /** Each as printed: `« … » (§4)`. */
  quotes: string[];
}

/** Everything a reader can learn about an item by hovering, focusing or tapping it. */
export interface ItemDetails {
  head: string;
  entries: DetailEntry[];
}

/** The chart's whole input. */
export interface ComparisonModel {
  /** Column headings. */
  sides: Record<Side, string>;
  /** Legend words: the two drawn strengths, and items without a counterpart. */
  legend: { strong: string; partial: string; unmatched: string };
  /** Items in the source's order, 2015 priorities first. */
  items: ComparisonItem[];
  links: ComparisonLink[];
  /** Details by item id. */
  details: Record<string, ItemDetails>;
}
