/**
 * What every chart layout shares: the type scale, the phone breakpoint, the options, and
 * the helpers that place texts and boxes on the 0.1 px grid. Pure (no DOM): layouts run on
 * the server and in the browser alike.
 */
import { wrapText } from '../../lib/wrap-text.ts';
import type { Box, TextMark } from './geometry.ts';
import { fitsWidth, textWidth } from './text.ts';

/** Font size of every text, in px at scale 1: nothing smaller is ever drawn. */
export const FONT_SIZE = 14;
/** Below this width, a layout takes its phone form. */
export const NARROW_BELOW = 560;
/** Narrowest width a layout draws at; a narrower box scrolls rather than squeezes. */
export const MIN_WIDTH = 280;

export interface LayoutOptions {
  /** Width available, in px. */
  width: number;
}

/** Rounds to 0.1 px: stable output, short paths. */
export const r = (n: number): number => Math.round(n * 10) / 10;

/** The width a layout draws at: whole px, at least MIN_WIDTH. */
export const layoutWidth = (width: number): number => Math.max(MIN_WIDTH, Math.round(width));

/** One text at (x, baseline y). */
export const text = (t: string, x: number, y: number, anchor: TextMark['anchor'] = 'start', bold = false): TextMark => ({ text: t, x: r(x), y: r(y), anchor, bold });

/** A box on the 0.1 px grid. */
export const box = (x: number, y: number, width: number, height: number): Box => ({ x: r(x), y: r(y), width: r(width), height: r(height) });

/** Wrapped lines from `top`: one every `line` px, the first baseline `baseline` px below `top`. */
export const lines = (ts: string[], x: number, top: number, line: number, baseline: number, bold = false): TextMark[] =>
  ts.map((t, i) => text(t, x, top + i * line + baseline, 'start', bold));

/** Splits `t` into lines no wider than `width` px at FONT_SIZE. */
export const wrap = (t: string, width: number, bold = false): string[] => wrapText(t, fitsWidth(width, FONT_SIZE, bold));

/** Width of `t` at FONT_SIZE. */
export const measure = (t: string, bold = false): number => textWidth(t, FONT_SIZE, bold);

/** One legend entry: its words and the room its swatch takes before them. */
export interface LegendEntry {
  label: string;
  /** From the entry's left edge to its words, in px. */
  indent: number;
}

/** Where a legend entry landed: its left edge, its top, its words. */
export interface LegendPlace {
  left: number;
  top: number;
  texts: TextMark[];
}

/**
 * A legend row: every entry on one line when all fit (`gap` px apart, `trailing` px kept
 * after the last), else one entry per line, each wrapped, `itemGap` px apart.
 */
export function legendRow(
  entries: LegendEntry[],
  W: number,
  o: { line: number; baseline: number; gap: number; trailing?: number; itemGap?: number },
): { places: LegendPlace[]; bottom: number } {
  const widths = entries.map((e) => e.indent + measure(e.label) + o.gap);
  const oneLine = widths.reduce((a, b) => a + b, 0) - o.gap + (o.trailing ?? 0) <= W;
  const places: LegendPlace[] = [];
  let left = 0;
  let y = 0;
  entries.forEach((e, i) => {
    const wrapped = wrap(e.label, W - left - e.indent);
    places.push({ left, top: y, texts: lines(wrapped, left + e.indent, y, o.line, o.baseline) });
    if (oneLine) left += widths[i]!;
    else y += wrapped.length * o.line + (o.itemGap ?? 0);
  });
  return { places, bottom: oneLine ? o.line : y };
}
