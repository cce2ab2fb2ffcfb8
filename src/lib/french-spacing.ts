/** French spacing for prose kept in data files (chart copy, comparison reasons). Pure. */
import { NBSP, NNBSP } from './format.ts';

/** Turns the ordinary spaces around French punctuation into the no-break ones typography wants. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .replace(/ ([;!?])/g, `${NNBSP}$1`)
    .replace(/ :/g, `${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}
