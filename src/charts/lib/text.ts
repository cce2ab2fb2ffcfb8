/**
 * Text measurement without a DOM, for layouts that run on the server and in the browser
 * alike. Widths are estimates for the site's sans-serif stack, deliberately generous so
 * that a label never overruns the space the layout gives it.
 */
import type { LineFits } from '../../lib/wrap-text.ts';
import type { Box, TextMark } from './geometry.ts';

/*
 * Advances as fractions of the font size, sized on the widest common fallback
 * (DejaVu Sans): narrow glyphs, capitals/digits/symbols, and the rest.
 */
const NARROW = /[ \u00a0\u202filjtfrI.,;:!'’()|]/;
const WIDE = /[A-Z0-9€%≈+−mwMW@&«»§]/;
const BOLD_FACTOR = 1.1;

/** Estimated width in px of `text` at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) em += NARROW.test(c) ? 0.34 : WIDE.test(c) ? 0.7 : 0.62;
  return Math.ceil(em * size * (bold ? BOLD_FACTOR : 1));
}

/** A line test for `wrapText` (src/lib/wrap-text.ts): no wider than `width` px at `size` px. */
export const fitsWidth = (width: number, size: number, bold = false): LineFits => (line) => textWidth(line, size, bold) <= width;

/**
 * The box a laid-out text occupies, from its baseline: ascenders 0.8 em above, descenders
 * 0.25 em below, width estimated as above. For layouts that keep lines and rings off texts.
 */
export function textBox(t: TextMark, size: number): Box {
  const width = textWidth(t.text, size, t.bold);
  const x = t.anchor === 'middle' ? t.x - width / 2 : t.anchor === 'end' ? t.x - width : t.x;
  return { x, y: t.y - size * 0.8, width, height: size * 1.05 };
}
