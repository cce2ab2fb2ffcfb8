/**
 * The component references an MDX body makes (`<Figure id="…">`, `<Quote id="…">`,
 * `<Chart id="…">`), with their line numbers, so the build can name the file and line
 * of an unknown id before any page renders. MDX comments are skipped. Pure.
 */

/** One `<Tag id="…">` found in an article's body. */
export interface BodyRef {
  tag: string;
  id: string;
  /** 1-based line in the body (frontmatter lines excluded). */
  line: number;
}

const REF = /<(Figure|Quote|Question|Chart)\b[^>]*?\bid=["']([^"']*)["']/g;

/** Every component reference in an MDX body. */
export function findBodyRefs(body: string): BodyRef[] {
  const refs: BodyRef[] = [];
  withoutComments(body).split('\n').forEach((text, i) => {
    for (const m of text.matchAll(REF)) refs.push({ tag: m[1] ?? '', id: m[2] ?? '', line: i + 1 });
  });
  return refs;
}

/** The body with its MDX comments (brace, slash, star) blanked out, lines kept. */
export function withoutComments(body: string): string {
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '));
}
