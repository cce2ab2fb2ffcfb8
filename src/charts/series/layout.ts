/**
 * The series chart's geometry: typed data and a width in, plain numbers and strings out.
 * Pure (no DOM): the server renders the first SVG and the browser re-lays it out at its
 * real width with the very same function.
 *
 * One column per point (an edition, not a date: an inferred date is never placed as if
 * it were known), on one zero-based value scale. Consecutive points are joined only when
 * they compare; a point with `breakBefore` stands alone, the reason written in the gap.
 * Below NARROW_BELOW px the plot is shorter and the labels wrap more.
 */
import type { TextMark } from '../lib/geometry.ts';
import { FONT_SIZE, layoutWidth, legendRow, measure, NARROW_BELOW, r, text, wrap, type LayoutOptions } from '../lib/layout-kit.ts';
import type { SeriesData } from './types.ts';

/** Below NARROW_BELOW px, the phone layout. */
export { FONT_SIZE, NARROW_BELOW, type LayoutOptions };
const LINE = 18;
const RADIUS = 7;
const SWATCH = 28;

/** One point with its labels and the column that answers the pointer and keyboard. */
export interface PointMark {
  id: string;
  cx: number;
  cy: number;
  r: number;
  /** Hollow with a dashed outline: the point carries a caveat. */
  caveat: boolean;
  value: TextMark;
  /** Edition (bold) then date lines, under the plot. */
  axis: TextMark[];
  /** The point's whole column: the hover and focus target. */
  hit: { x: number; y: number; width: number; height: number };
  details: string[];
}

/** Where two neighbouring points do not compare: a gap with its reason. */
export interface BreakMark {
  /** Dashed separator, broken around the text. */
  path: string;
  texts: TextMark[];
}

export interface SeriesGeometry {
  width: number;
  height: number;
  mode: 'narrow' | 'wide';
  fontSize: number;
  legend: { firm: { x: number; y: number }; caveat: { x: number; y: number }; swatch: number; texts: TextMark[] };
  axisLabel: TextMark;
  /** Horizontal grid lines at the ticks, the first one being the zero baseline. */
  grid: { y: number; x1: number; x2: number }[];
  ticks: TextMark[];
  /** Lines joining comparable neighbours. */
  segments: string[];
  breaks: BreakMark[];
  points: PointMark[];
}


/** Lays the series chart out at `width` px. */
export function layoutSeries(data: SeriesData, { width }: LayoutOptions): SeriesGeometry {
  const W = layoutWidth(width);
  const mode = W < NARROW_BELOW ? 'narrow' : 'wide';

  // Legend: both items on one line when they fit, else one per line, wrapped.
  const row = legendRow([data.legend.firm, data.legend.caveat].map((label) => ({ label, indent: SWATCH + 8 })), W, { line: LINE, baseline: 14, gap: 24 });
  const swatches = row.places.map((p) => ({ x: r(p.left + SWATCH / 2), y: r(p.top + 9) }));
  const legendTexts = row.places.flatMap((p) => p.texts);
  let y = row.bottom + 14;

  const axisLabel = text(data.axisLabel, 0, y + 14);
  y += LINE + 8;

  const gutter = Math.max(...data.ticks.map((t) => measure(t.text))) + 10;
  const x0 = gutter;
  const x1 = W - 4;
  const plotTop = y + 26;
  const plotHeight = mode === 'narrow' ? 170 : 210;
  const plotBottom = plotTop + plotHeight;
  const yOf = (v: number) => plotBottom - (Math.max(0, v) / data.max) * plotHeight;
  const n = data.points.length;
  const column = (x1 - x0) / n;
  const cx = (i: number) => x0 + column * (i + 0.5);

  const grid = data.ticks.map((t) => ({ y: r(yOf(t.value)), x1: r(x0), x2: r(x1) }));
  const ticks = data.ticks.map((t) => text(t.text, x0 - 8, yOf(t.value) + 5, 'end'));

  const axisLines = data.points.map((p) => [...wrap(p.label, column - 12, true).map((t) => ({ t, bold: true })), ...wrap(p.when, column - 12).map((t) => ({ t, bold: false }))]);
  const axisTop = plotBottom + 22;
  const bottom = axisTop + (Math.max(...axisLines.map((l) => l.length)) - 1) * LINE + 10;

  const points: PointMark[] = data.points.map((p, i) => ({
    id: p.id,
    cx: r(cx(i)),
    cy: r(yOf(p.value)),
    r: RADIUS,
    caveat: p.caveat,
    value: text(p.valueText, cx(i), yOf(p.value) - RADIUS - 8, 'middle', true),
    axis: axisLines[i]!.map((l, j) => text(l.t, cx(i), axisTop + j * LINE, 'middle', l.bold)),
    hit: { x: r(x0 + column * i), y: r(plotTop - 26), width: r(column), height: r(bottom - plotTop + 26) },
    details: p.details,
  }));

  const segments: string[] = [];
  const breaks: BreakMark[] = [];
  data.points.forEach((p, i) => {
    if (i === 0) return;
    const a = points[i - 1]!;
    const b = points[i]!;
    if (!p.breakBefore) {
      segments.push(`M${a.cx},${a.cy}L${b.cx},${b.cy}`);
      return;
    }
    // The reason sits low in the gap, unless a neighbour's point is there: then high.
    const bx = x0 + column * i;
    const lines = wrap(p.breakBefore, column - 8);
    const h = lines.length * LINE;
    const lowTop = plotBottom - 10 - h;
    const top = Math.max(a.cy, b.cy) + RADIUS + 6 < lowTop ? lowTop : plotTop + 4;
    breaks.push({
      path: `M${r(bx)},${r(plotTop - 20)}V${r(top - 6)}M${r(bx)},${r(top + h + 4)}V${r(plotBottom)}`,
      texts: lines.map((t, j) => text(t, bx, top + j * LINE + 13, 'middle')),
    });
  });

  return {
    width: W,
    height: r(bottom),
    mode,
    fontSize: FONT_SIZE,
    legend: { firm: swatches[0]!, caveat: swatches[1]!, swatch: SWATCH, texts: legendTexts },
    axisLabel,
    grid,
    ticks,
    segments,
    breaks,
    points,
  };
}
