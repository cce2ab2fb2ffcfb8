/**
 * The one greedy line breaker: chart layouts (estimated px widths), chart exports and
 * social cards (character counts, for resvg, which does not wrap) all break lines here.
 */
import { PUNCT_SPACE } from './french-spacing.ts';

/** Whether a candidate line fits. */
export type LineFits = (line: string) => boolean;

/** Words at plain spaces: no-break spaces keep what they join together. */
export const spaceUnits = (text: string): string[] => text.split(' ');

/** French punctuation that must not start a line (glued to the word before with the one no-break space). */
const GLUE_BEFORE = new Set(['»', ':', ';', '!', '?', '–']);

/** Unbreakable units for text of any spacing: « and the word after it, the word before : ; ! ? ». */
export function frenchUnits(text: string): string[] {
  const out: string[] = [];
  let pendingOpen = false;
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (pendingOpen) out[out.length - 1] += `${PUNCT_SPACE}${token}`;
    else if (GLUE_BEFORE.has(token) && out.length) out[out.length - 1] += `${token === '–' ? '\u00a0' : PUNCT_SPACE}${token}`;
    else out.push(token);
    pendingOpen = token === '«';
  }
  return out;
}

/** Lines of at most `n` characters. */
export const maxChars = (n: number): LineFits => (line) => line.length <= n;

/**
 * Breaks `text` into lines, greedily: units joined by spaces while the line `fits`. A unit
 * that does not fit alone stands alone on its line (never cut).
 */
export function wrapText(text: string, fits: LineFits, units: (text: string) => string[] = spaceUnits): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units(text)) {
    const candidate = line ? `${line} ${unit}` : unit;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = unit;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
