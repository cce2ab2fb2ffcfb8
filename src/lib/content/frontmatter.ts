/** Splits an MDX file into its YAML frontmatter and its body, keeping line numbers. Pure. */

export interface SplitFile {
  /** The YAML between the `---` lines ('' when there is none). */
  frontmatter: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
}

/** Splits `---\nyaml\n---\nbody` (a leading byte-order mark is dropped, as Astro does); a file without frontmatter is all body. */
export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { frontmatter: '', body: text, bodyLine: 1 };
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
