/**
 * The themes an embed takes (`?theme=`), the one the gallery's snippet asks for, and how the
 * gallery's theme choice edits a snippet. Kept apart from color-scheme.ts so the gallery's
 * script and the embed page's share no code (each stays one small inline script).
 */

/** The values `?theme=` takes: `auto` follows the reader's system setting, as no parameter does. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The theme the gallery's snippet asks for unless the embedder picks another: light, as
 * nearly every host article is, so a reader in dark mode sees a light chart in a light page
 * rather than a black slab in it. `auto` suits sites that follow the reader's setting.
 */
export const SNIPPET_THEME: Theme = 'light';

/** A snippet with its embed address's `?theme=` set to `theme` (none for `auto`). Pure. */
export function snippetWithTheme(snippet: string, theme: Theme): string {
  return snippet.replace(/(\/embed\/[^/"?#]+\/)(\?theme=[a-z]*)?"/, (_, path: string) => `${path}${theme === 'auto' ? '' : `?theme=${theme}`}"`);
}

/** The theme a value names, if it is one of THEMES. */
export const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);
