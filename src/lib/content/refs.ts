/**
 * The component references an MDX body makes (`<Figure id="…">`, `<Quote id="…">`,
 * `<Chart id="…">`, each id of `<KeyFigures ids={[…]}>`), read from its syntax tree
 * (src/lib/content/mdx-tree.ts) with their line and column, so the build can name the file and
 * place of an unknown id before any page renders. Comments and code are not references;
 * a tag laid out over several lines is one. Pure.
 */
import { attributeValueOffset, expressionAttribute, isComment, isJsxElement, lineColumn, parseMdx, textAttribute, walk, type MdxNode } from './mdx-tree.ts';

/** One `<Tag id="…">` found in an article's body. */
export interface BodyRef {
  tag: string;
  id: string;
  /** 1-based line in the body (frontmatter lines excluded). */
  line: number;
  /** 1-based column of the tag's `<` (of the id, for a `<KeyFigures>` id). */
  column: number;
}

/** The components whose `id` names content. */
const REF_TAGS = new Set(['Figure', 'Quote', 'Question', 'Chart']);

/** The body's elements, in reading order (none when it cannot be parsed: the MDX check says where). */
export function bodyElements(body: string): MdxNode[] {
  const parsed = parseMdx(body);
  if ('error' in parsed) return [];
  const found: MdxNode[] = [];
  walk(parsed.tree, (node) => {
    if (isJsxElement(node)) found.push(node);
  });
  return found;
}

/** Every component reference in an MDX body. */
export function findBodyRefs(body: string): BodyRef[] {
  return bodyElements(body).flatMap((node) => {
    const id = textAttribute(node, 'id');
    const at = node.position?.start ?? { line: 1, column: 1 };
    return node.name && REF_TAGS.has(node.name) && id !== undefined ? [{ tag: node.name, id, line: at.line, column: at.column }] : [];
  });
}

/** A string literal in an attribute's code, with its offset in the body. */
export interface CodeString {
  /** The property it is the value of (`source` in `{ source: "…" }`), if any. */
  key?: string;
  value: string;
  offset: number;
}

/**
 * The string literals of an element's `{…}` attribute (`ids={["a", "b"]}`,
 * `items={[{ source: "x" }]}`), with their offsets. Our components take only lists of
 * strings or of flat objects of strings, so literals and their keys are all there is to read.
 */
export function codeStrings(body: string, node: MdxNode, name: string): CodeString[] {
  const code = expressionAttribute(node, name);
  let cursor = attributeValueOffset(body, node, name);
  if (code === undefined || cursor === undefined) return [];
  const found: CodeString[] = [];
  for (const m of code.matchAll(/(?:([A-Za-z_$][\w$]*)\s*:\s*)?((["'])((?:(?!\3)[^\\\n])*)\3)/g)) {
    // The parser hands the code over re-indented: find each literal in the file, in order.
    const at = body.indexOf(m[2] ?? '', cursor);
    if (at === -1) break;
    cursor = at + (m[2] ?? '').length;
    found.push({ ...(m[1] ? { key: m[1] } : {}), value: m[4] ?? '', offset: at + 1 });
  }
  return found;
}

/** Each figure id a `<KeyFigures ids={[…]}>` lists, placed at the id itself. */
export function findKeyFigureRefs(body: string): BodyRef[] {
  return bodyElements(body)
    .filter((node) => node.name === 'KeyFigures')
    .flatMap((node) => codeStrings(body, node, 'ids').map((s) => ({ tag: 'KeyFigures', id: s.value, ...lineColumn(body, s.offset) })));
}

/** The body with its MDX comments (brace, slash, star) blanked out, lines kept. */
export function withoutComments(body: string): string {
  const parsed = parseMdx(body);
  if ('error' in parsed) return body;
  const out = body.split('');
  walk(parsed.tree, (node) => {
    if (!isComment(node)) return true;
    for (let k = node.position?.start.offset ?? 0; k < (node.position?.end.offset ?? 0); k++) if (out[k] !== '\n') out[k] = ' ';
    return false;
  });
  return out.join('');
}
