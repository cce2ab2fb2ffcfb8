/**
 * Which characters of an MDX file are prose readers see, from its syntax tree
 * (src/lib/content/mdx-tree.ts): the typography and quotation checks read only those. Code,
 * tags and their attributes, `{…}` expressions and comments, import lines, link and
 * image addresses, footnote labels and addresses typed in the text are masked; the
 * text inside elements, a `title="…"` (a heading readers see), image alt text and the
 * frontmatter's prose keys stay. Pure.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import { attributeValueOffset, isJsxElement, parseMdx, textAttribute, walk, type MdxNode } from './mdx-tree.ts';

/** Stands for a character that is not prose; same length as the source. */
export const MASK = '\u0001';

/** Frontmatter keys whose values are prose readers see. */
export const PROSE_KEYS = ['title', 'standfirst', 'description'] as const;

/** Nodes that are wholly code or syntax, never prose. */
const NOT_PROSE = new Set(['yaml', 'code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'footnoteReference', 'definition', 'html']);

/** An address typed in the text (the parser links it, but only up to its last letter). */
const TYPED_URL = /https?:\/\/[^\s)<>"\]]*/g;

/**
 * The source with every non-prose character replaced by MASK (newlines kept), or
 * undefined when the MDX cannot be parsed (the MDX check says where).
 */
export function proseMask(source: string): string | undefined {
  const parsed = parseMdx(source);
  if ('error' in parsed) return undefined;
  const out = source.split('');
  const mask = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = MASK;
  };
  const keep = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) out[k] = source[k] ?? '';
  };
  const start = (n: MdxNode | undefined) => n?.position?.start.offset ?? 0;
  const end = (n: MdxNode | undefined) => n?.position?.end.offset ?? 0;
  const titles: [number, number][] = [];

  walk(parsed.tree, (node) => {
    if (NOT_PROSE.has(node.type)) {
      mask(start(node), end(node));
      if (node.type === 'yaml') keepFrontmatter(source, String(node.value), start(node), keep);
      return false;
    }
    const kids = node.children ?? [];
    if (isJsxElement(node)) {
      // The tags go, their children stay.
      mask(start(node), kids.length ? start(kids[0]) : end(node));
      if (kids.length) mask(end(kids.at(-1)), end(node));
      const title = textAttribute(node, 'title');
      const at = attributeValueOffset(source, node, 'title');
      if (title !== undefined && at !== undefined && source.startsWith(title, at)) titles.push([at, at + title.length]);
    } else if (node.type === 'link') {
      // `[text](address)`: the text stays; an address typed in the text is masked whole.
      if (source[start(node)] !== '[') mask(start(node), end(node));
      else mask(kids.length ? end(kids.at(-1)) : start(node), end(node));
    } else if (node.type === 'image') {
      const alt = node.alt ?? '';
      const altEnd = source.startsWith(`![${alt}`, start(node)) ? start(node) + 2 + alt.length : start(node);
      mask(altEnd, end(node));
    } else if (node.type === 'footnoteDefinition') mask(start(node), kids.length ? start(kids[0]) : end(node));
    else if (node.type === 'text') {
      const from = start(node);
      for (const m of source.slice(from, end(node)).matchAll(TYPED_URL)) mask(from + m.index, from + m.index + m[0].length);
    }
    return true;
  });
  for (const [from, to] of titles) keep(from, to);
  return out.join('');
}

/** Unmasks the values of the frontmatter's prose keys (not their quotes, block header or indentation). */
function keepFrontmatter(source: string, yaml: string, nodeStart: number, keep: (from: number, to: number) => void) {
  const base = source.indexOf(yaml, nodeStart);
  if (base === -1) return;
  const doc = parseDocument(yaml);
  if (!isMap(doc.contents)) return;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !(PROSE_KEYS as readonly string[]).includes(String(pair.key.value)) || !isScalar(pair.value)) continue;
    const [from, to] = pair.value.range ?? [0, 0];
    const type = pair.value.type;
    if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') keep(base + from + 1, base + to - 1);
    else if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') {
      const raw = yaml.slice(from, to);
      let offset = raw.indexOf('\n') + 1;
      for (const line of raw.slice(offset).split('\n')) {
        const indent = /^\s*/.exec(line)?.[0].length ?? 0;
        keep(base + from + offset + indent, base + from + offset + line.length);
        offset += line.length + 1;
      }
    } else keep(base + from, base + to);
  }
}
