/**
 * The syntax traps editors fall into in MDX, explained in plain words before the MDX compiler
 * reports them in its own: an HTML comment `<!-- -->`, a stray `{`, a `<p>` whose text MDX wraps
 * in a second paragraph. Read from the syntax tree (src/lib/content/mdx-tree.ts), so a brace or a tag in
 * code is not a trap, and each trap has its line and column. Pure.
 */
import { isComment, isExpression, isJsxElement, lineColumn, parseMdx, walk } from './mdx-tree.ts';

/** A syntax trap: where, and what to do. */
export interface MdxTrap {
  /** 1-based line in the file. */
  line: number;
  column: number;
  message: string;
}

const HTML_COMMENT = 'HTML comments `<!-- … -->` do not work in MDX: write `{/* … */}` instead';
const LONE_PARAGRAPH =
  'a `<p>` alone on its line: MDX wraps the text below it in a second paragraph, which is invalid HTML. Write the paragraph as plain text between blank lines';
const STRAY_BRACE =
  'a `{` in the text: in MDX a brace opens code, so the page cannot build. Remove it, write `\\{` to show a brace, or `{/* … */}` for a comment';

/** Offset of a 1-based line and column. */
const offsetOf = (source: string, line: number, column: number) => {
  let at = 0;
  for (let l = 1; l < line; l++) at = source.indexOf('\n', at) + 1;
  return at + column - 1;
};

/** Traps of an MDX file (frontmatter included), in file order. */
export function findMdxTraps(source: string): MdxTrap[] {
  const traps: MdxTrap[] = [];
  // The parser stops at an HTML comment and at a brace whose text is not code: note the trap,
  // blank it (same length, lines kept), read on.
  let text = source;
  let parsed = parseMdx(text);
  for (let round = 0; round < 50 && 'error' in parsed; round++) {
    const { line, column, reason } = parsed.error;
    const at = offsetOf(text, line, column);
    const comment = text.lastIndexOf('<!--', at + 1);
    const brace = /expression/.test(reason) ? text.lastIndexOf('{', at) : -1;
    let start: number;
    let end: number;
    if (comment !== -1 && comment >= at - 4) {
      traps.push({ ...lineColumn(text, comment), message: HTML_COMMENT });
      const close = text.indexOf('-->', comment);
      [start, end] = [comment, close === -1 ? text.length : close + 3];
    } else if (brace !== -1) {
      traps.push({ ...lineColumn(text, brace), message: STRAY_BRACE });
      const close = text.indexOf('}', brace);
      [start, end] = [brace, close === -1 ? brace + 1 : close + 1];
    } else break; // another syntax error: the MDX check reports it
    text = text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
    parsed = parseMdx(text);
  }
  if ('tree' in parsed)
    walk(parsed.tree, (node) => {
      const at = node.position?.start ?? { line: 1, column: 1 };
      if (isExpression(node) && !isComment(node)) traps.push({ line: at.line, column: at.column, message: STRAY_BRACE });
      // `<p>` then its text on the next lines: the text is a paragraph of its own inside the <p>.
      if (isJsxElement(node) && node.name === 'p' && node.children?.some((c) => c.type === 'paragraph'))
        traps.push({ line: at.line, column: at.column, message: LONE_PARAGRAPH });
    });
  return traps.sort((a, b) => a.line - b.line || a.column - b.column);
}

