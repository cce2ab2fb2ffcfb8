/**
 * Chart copy as editors write it in content/charts/*.yaml: prose with `{figure-id}`
 * placeholders, so a number in a title or note always comes from the data and cannot
 * drift from it. Pure; used at build time only.
 */
import { frenchSpacing } from '../../lib/editorial/french-spacing.ts';

export { frenchSpacing };

const PLACEHOLDER = /\{([a-z0-9-]+)\}/g;

/** Figure ids a piece of copy refers to, in order of first use. */
export function copyFigureIds(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * Replaces each `{figure-id}` with the figure's text and applies French spacing
 * (no-break space before « : » and inside guillemets, narrow one before ; ! ?).
 * Throws on an unknown id: the build's integrity check reports it first, with the file.
 */
export function fillCopy(text: string, figureText: (id: string) => string | undefined): string {
  const filled = text.replace(PLACEHOLDER, (_, id: string) => {
    const t = figureText(id);
    if (t === undefined) throw new Error(`unknown figure id "{${id}}" in chart copy: "${text}"`);
    return t;
  });
  return frenchSpacing(filled);
}
