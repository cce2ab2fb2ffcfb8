/** The budget chart's data as its layout and enhancer receive it: plain, JSON-safe, pre-formatted. */

/** Colour role of a bar; the palette lives in CSS (src/charts/lib/chart.css). */
export type BudgetTone = 'fibre' | 'total' | 'campus';

/** One bar, with everything a reader sees of it. */
export interface BudgetBar {
  /** The figure id, unique in the chart. */
  id: string;
  /** Short label beside the bar. */
  label: string;
  value: number;
  /** The value as printed on the chart, e.g. `≈ 33,1 M€`. */
  valueText: string;
  /** Drawn hatched with a dashed outline: a derived estimate, not a stated amount. */
  estimate: boolean;
  tone: BudgetTone;
  /** Tooltip lines: full label, value, status, source and locator or formula. */
  details: string[];
}

/** A heading and the bars under it. */
export interface BudgetGroup {
  label: string;
  bars: BudgetBar[];
}

/** A tick of the value axis, formatted at build time. */
export interface BudgetTick {
  value: number;
  text: string;
}

/** The chart's whole input. */
export interface BudgetData {
  /** Top of the shared zero-based scale. */
  max: number;
  ticks: BudgetTick[];
  axisLabel: string;
  legend: { stated: string; estimate: string };
  groups: BudgetGroup[];
  /** Bracket over the `to` bar from the `from` value to the `to` value, labelled `text` (+39 %). */
  growth: { from: string; to: string; text: string };
  /** Text appended to the `part` bar's value, e.g. `(≈ 3,3 % du total)`; absent when the chart declares no share. */
  share?: { part: string; text: string };
  /** Callout between two bars: the same amount read two ways. */
  discrepancy: { bars: [string, string]; label: string; text: string };
}
