/**
 * The one rule for spaces around French punctuation, used by every module that prints prose.
 *
 * U+202F NARROW NO-BREAK SPACE before : ; ! ? and inside « », everywhere (pages, charts, exports,
 * feeds, scripts). Why one character: the Imprimerie nationale asks for a thin space before ; ! ?
 * and a word space before : and inside « », but a U+00A0 stretches in justified or wrapped text
 * (CSS counts it as a word separator) while U+202F keeps its width and never breaks; one character
 * is also one thing for the check to enforce, and it is the space Intl's fr-FR (and our d3-format
 * locale, src/lib/format.ts) already puts between thousands and before « % ». Between a number and
 * a unit (`46 M€`) the word-width U+00A0 stays: that is number formatting, not punctuation.
 * Pure.
 */
import { NNBSP } from '../format.ts';

/** The space before : ; ! ? and inside « ». */
export const PUNCT_SPACE = NNBSP;

/** `« text »` with the right spaces. */
export const guillemets = (text: string) => `«${PUNCT_SPACE}${text}${PUNCT_SPACE}»`;

/**
 * Second-level quotes for a text that will be printed inside « »: its own « … » become “…”
 * (French nests « “ ” »). A lone guillemet is left as it is.
 */
export function innerQuotes(text: string): string {
  return text.replace(/«[\s\u00a0\u202f]*([^«»]*?)[\s\u00a0\u202f]*»/g, '“$1”');
}

/** Turns the ordinary (or word-width no-break) spaces around French punctuation into the one rule. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .replace(/[ \u00a0]([:;!?»])/g, `${PUNCT_SPACE}$1`)
    .replace(/«[ \u00a0]/g, `«${PUNCT_SPACE}`);
}
