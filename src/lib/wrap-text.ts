/**
 * The one greedy line breaker: chart layouts (estimated px widths), chart exports and
 * social cards (character counts, in French units, see social-card.ts) all break lines here.
 * No imports: it ships in every chart's browser bundle.
 */

/** Whether a candidate line fits. */
export type LineFits = (line: string) => boolean;

/** Words at plain spaces: no-break spaces keep what they join together. */
export const spaceUnits = (text: string): string[] => text.split(' ');

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
