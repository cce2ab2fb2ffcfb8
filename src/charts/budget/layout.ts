/**
 * The budget chart's geometry: typed data and a width in, plain numbers and strings out.
 * Pure (no DOM), so the server renders the first SVG and the browser re-lays it out at
 * its real width with the very same function.
 *
 * Two designed layouts rather than one shrunken one: below STACK_BELOW px each label sits
 * on its own line above its bar ("stacked", for phones); from there on labels take a left
 * gutter ("columns"). Every bar shares one zero-based scale, so the Campus line is shown
 * at its true size against the 46 M€.
 */
import { clearVerticalSegments, type Box, type TextMark } from '../lib/geometry.ts';
import { FONT_SIZE, layoutWidth, legendRow, lines as linesAt, measure, r, text, wrap, NARROW_BELOW as STACK_BELOW, type LayoutOptions } from '../lib/layout-kit.ts';
import { textBox } from '../lib/text.ts';
import type { BudgetBar, BudgetData, BudgetTone } from './types.ts';

/** Below STACK_BELOW px, labels stack above bars. */
export { FONT_SIZE, STACK_BELOW, type LayoutOptions };
const LINE = 20;
const BAR_HEIGHT = 22;
const ROW_GAP = 10;
const GROWTH_SPACE = 24;
const VALUE_GAP = 6;
const TICK_SPACING = 40;
/** Room kept right of the longest value label, so the keyboard focus ring (3 px) never crosses it. */
const FOCUS_ROOM = 8;
/** Left inset of row labels and bars inside their row, for the same reason. */
const INSET = 5;

/** One bar with its labels and the area that answers the pointer and keyboard. */
export interface BarMark extends Box {
  id: string;
  tone: BudgetTone;
  estimate: boolean;
  label: TextMark[];
  value: TextMark;
  /** Whole row, at least 24 px high: the hover and focus target. */
  hit: Box;
  details: string[];
}

export interface BudgetGeometry {
  width: number;
  height: number;
  mode: 'stacked' | 'columns';
  fontSize: number;
  legend: { stated: Box; estimate: Box; texts: TextMark[] };
  groupLabels: TextMark[];
  bars: BarMark[];
  /**
   * Vertical grid lines at the ticks, `zero` for the baseline; each line is cut where it
   * would cross a text, so it may come as several segments.
   */
  grid: { x: number; y1: number; y2: number; zero: boolean }[];
  ticks: TextMark[];
  axisLabel: TextMark;
  growth: { path: string; text: TextMark };
  discrepancy: { path: string; texts: TextMark[] };
}

const lines = (ts: string[], x: number, top: number, bold = false) => linesAt(ts, x, top, LINE, 15, bold);

/** Lays the budget chart out at `width` px. */
export function layoutBudget(data: BudgetData, { width }: LayoutOptions): BudgetGeometry {
  const W = layoutWidth(width);
  const mode = W < STACK_BELOW ? 'stacked' : 'columns';
  const gutter = mode === 'columns' ? Math.min(220, Math.max(140, Math.round(W * 0.28))) : 0;
  const x0 = mode === 'columns' ? gutter : INSET;
  const all = data.groups.flatMap((g) => g.bars);
  const valueOf = (b: BudgetBar) => (data.share && b.id === data.share.part ? `${b.valueText} ${data.share.text}` : b.valueText);

  // The scale ends where the longest value label still fits to the right of its bar.
  let x1 = W;
  for (const b of all) {
    if (b.value <= 0) continue;
    x1 = Math.min(x1, x0 + ((W - FOCUS_ROOM - VALUE_GAP - measure(valueOf(b), true) - x0) * data.max) / b.value);
  }
  const x = (v: number) => x0 + (Math.max(0, v) / data.max) * (x1 - x0);
  const labelWidth = mode === 'columns' ? gutter - 12 - INSET : x1 - 12 - INSET;

  // Legend: both items on one line when they fit, else one item per line, wrapped.
  const swatch = { width: 18, height: 12 };
  const row = legendRow([data.legend.stated, data.legend.estimate].map((label) => ({ label, indent: swatch.width + 6 })), W, { line: LINE, baseline: 15, gap: 24 });
  const legendBox = (i: number): Box => ({ x: r(row.places[i]!.left), y: row.places[i]!.top + 4, ...swatch });
  const legend = { stated: legendBox(0), estimate: legendBox(1), texts: row.places.flatMap((p) => p.texts) };
  let y = row.bottom + 14;

  const groupLabels: TextMark[] = [];
  const bars: BarMark[] = [];
  const [firstOfPair, secondOfPair] = data.discrepancy.bars;
  const pairIndex = (id: string) => all.findIndex((b) => b.id === id);
  const calloutAfter = pairIndex(firstOfPair) < pairIndex(secondOfPair) ? firstOfPair : secondOfPair;
  const connectorX = r(Math.min(x(all[pairIndex(firstOfPair)]?.value ?? 0), x(all[pairIndex(secondOfPair)]?.value ?? 0)) - 8);
  // In columns, the callout sits inside the plot, clear of the baseline.
  const calloutLeft = mode === 'columns' ? x0 + 8 : 0;
  const callout = [
    ...wrap(data.discrepancy.label, connectorX - 10 - calloutLeft, true).map((t) => ({ t, bold: true })),
    ...wrap(data.discrepancy.text, connectorX - 10 - calloutLeft).map((t) => ({ t, bold: false })),
  ];
  let calloutTexts: TextMark[] = [];
  const gridTop = y;

  data.groups.forEach((g, gi) => {
    if (gi > 0) y += 12;
    // In columns, a group heading stays in the label column, clear of the grid.
    const heading = wrap(g.label, labelWidth, true);
    groupLabels.push(...lines(heading, 0, y, true));
    y += heading.length * LINE + 4;
    for (const b of g.bars) {
      if (b.id === data.growth.to) y += GROWTH_SPACE;
      const rowTop = y;
      const label = wrap(b.label, labelWidth);
      let barY: number;
      let labelTop: number;
      if (mode === 'stacked') {
        labelTop = y;
        barY = y + label.length * LINE;
        y = barY + BAR_HEIGHT + ROW_GAP;
      } else {
        const rowHeight = Math.max(BAR_HEIGHT, label.length * LINE);
        labelTop = y + (rowHeight - label.length * LINE) / 2;
        barY = y + (rowHeight - BAR_HEIGHT) / 2;
        y += rowHeight + ROW_GAP + 2;
      }
      const end = x(b.value);
      bars.push({
        id: b.id,
        tone: b.tone,
        estimate: b.estimate,
        x: r(x0),
        y: r(barY),
        width: r(Math.max(2, end - x0)),
        height: BAR_HEIGHT,
        label: lines(label, INSET, labelTop),
        value: text(valueOf(b), Math.max(end, x0 + 2) + VALUE_GAP, barY + BAR_HEIGHT / 2 + 5, 'start', true),
        hit: { x: 0, y: r(rowTop - 2), width: W, height: r(Math.max(24, y - rowTop - 2)) },
        details: b.details,
      });
      if (b.id === calloutAfter) {
        y += 2;
        calloutTexts = callout.map((c, i) => text(c.t, calloutLeft, y + i * LINE + 15, 'start', c.bold));
        y += callout.length * LINE + 8;
      }
    }
  });

  const byId = (id: string) => bars.find((b) => b.id === id);
  const gridBottom = y;
  const spacing = data.ticks.length > 1 ? x(data.ticks[1]!.value) - x(data.ticks[0]!.value) : TICK_SPACING;
  const every = Math.max(1, Math.ceil(TICK_SPACING / Math.max(1, spacing)));
  const shown = data.ticks.filter((_, i) => i % every === 0);
  const ticks = shown.map((t) => {
    const half = measure(t.text) / 2;
    const tx = x(t.value);
    return text(t.text, tx, gridBottom + 16, tx - half < 0 ? 'start' : tx + half > W ? 'end' : 'middle');
  });
  const axisLabel = text(data.axisLabel, x1, gridBottom + 16 + LINE, 'end');

  const from = byId(data.growth.from);
  const to = byId(data.growth.to);
  let growth = { path: '', text: text('', 0, 0) };
  if (from && to) {
    const xa = r(from.x + from.width);
    const xb = r(to.x + to.width);
    const yLine = r(to.hit.y - 2);
    growth = {
      path: `M${xa},${r(from.y + from.height + 2)}V${yLine}H${xb}V${r(to.y - 2)}`,
      text: text(data.growth.text, (xa + xb) / 2, yLine - 5, 'middle', true),
    };
  }

  const a = byId(firstOfPair);
  const b = byId(secondOfPair);
  const [upper, lower] = a && b && a.y < b.y ? [a, b] : [b, a];
  const discrepancy = {
    path: upper && lower ? `M${connectorX},${r(upper.y + upper.height + 2)}V${r(lower.y - 2)}` : '',
    texts: calloutTexts,
  };

  // Grid lines stop short of every text they would run through (labels above bars on a phone, callout, values).
  const texts = [...groupLabels, ...bars.flatMap((b) => [...b.label, b.value]), ...calloutTexts, growth.text].filter((t) => t.text).map((t) => textBox(t, FONT_SIZE));
  const grid = shown.flatMap((t, i) => {
    const gx = r(x(t.value));
    return clearVerticalSegments(gx, gridTop, gridBottom, texts).map((s) => ({ x: gx, y1: r(s.y1), y2: r(s.y2), zero: i === 0 && t.value === 0 }));
  });

  return { width: W, height: r(gridBottom + 16 + LINE + 8), mode, fontSize: FONT_SIZE, legend, groupLabels, bars, grid, ticks, axisLabel, growth, discrepancy };
}
