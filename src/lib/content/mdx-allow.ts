/**
 * What an article's MDX may contain, checked on the MDX syntax tree (the parser
 * `@astrojs/mdx` itself compiles with, satteri): our components with their props,
 * ordinary prose elements with harmless attributes, Markdown, `{/* comments *\/}`.
 * Anything else (`<script>`, `onerror=`, `<iframe>`, `<form>`, `<base>`, `<meta>`,
 * `javascript:` links, `import` lines, `{code}`) is refused with the line and the fix.
 * Pure: takes the file's text, returns problems.
 */
import { isComment, isExpression, isJsxElement, parseMdx, walk, type MdxNode } from './mdx-tree.ts';
import { urlProblem } from '../site/safe-url.ts';

/** One refused construct: where, which element or attribute, what to do. */
export interface MdxIssue {
  /** 1-based line in the file. */
  line: number;
  column: number;
  /** `<script>`, `<img onerror>`, `link`… */
  field: string;
  message: string;
}

/** How a prop is written: text in quotes, a bare flag, or a `{…}` value (lists, numbers). */
type PropKind = 'text' | 'flag' | 'expression';

/** Our components (src/components/mdx-components.ts) and the props each takes. */
export const COMPONENT_PROPS: Readonly<Record<string, Readonly<Record<string, PropKind>>>> = {
  Figure: { id: 'text' },
  Quote: { id: 'text', inline: 'flag' },
  Question: { id: 'text' },
  Note: { title: 'text' },
  ReadAlso: { items: 'expression' },
  KeyFigures: { ids: 'expression' },
  Chart: { id: 'text', headingLevel: 'expression' },
  Priority: { id: 'text' },
  NewIn2016: {},
};

/** Attributes every prose element may carry. */
export const GLOBAL_ATTRIBUTES = ['class', 'id', 'lang', 'dir', 'title'] as const;

/** Prose elements and the attributes each may carry beyond the global ones. */
export const PROSE_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [], br: [], wbr: [], hr: [], span: [], div: [],
  h2: [], h3: [], h4: [], h5: [], h6: [],
  strong: [], em: [], b: [], i: [], u: [], s: [], small: [], mark: [], sub: [], sup: [],
  abbr: [], cite: [], dfn: [], code: [], kbd: [], samp: [], var: [],
  a: ['href', 'rel', 'hreflang'],
  q: ['cite'], blockquote: ['cite'], del: ['cite', 'datetime'], ins: ['cite', 'datetime'], time: ['datetime'],
  ul: [], ol: ['start', 'reversed'], li: ['value'], dl: [], dt: [], dd: [],
  figure: [], figcaption: [],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [],
  th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
};

/** Attributes whose value is an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

const COMPONENTS = Object.keys(COMPONENT_PROPS).join(', ');

export { parseMdx };

/** Every construct of an MDX file outside the allow-list (empty when the file is fine). */
export function checkMdxTree(source: string): MdxIssue[] {
  const parsed = parseMdx(source);
  if ('error' in parsed) {
    const { line, column, reason } = parsed.error;
    return [{ line, column, field: 'MDX', message: `the MDX cannot be read at column ${column}: ${reason}. Fix the syntax there (see README "What an article may contain")` }];
  }
  const issues: MdxIssue[] = [];
  walk(parsed.tree, (node) => {
    const at = node.position?.start ?? { line: 1, column: 1 };
    const add = (field: string, message: string) => issues.push({ line: at.line, column: at.column, field, message });
    if (node.type === 'mdxjsEsm') add('import/export', 'an article has no `import` or `export` lines: our components (' + COMPONENTS + ') need no import. Remove the line');
    else if (isExpression(node) && !isComment(node))
      add('MDX', 'a `{…}` expression in the text: articles carry no code. Remove it, write `\\{` to show a brace, or `{/* … */}` for a comment');
    // A refused element is reported once, not once more per child.
    else if (isJsxElement(node)) return checkElement(node, add);
    else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const problem = urlProblem(node.url ?? '');
      if (problem) add(node.type === 'image' ? 'image' : 'link', `"${node.url}" ${problem}`);
    }
    return true;
  });
  return issues;
}

/** Checks an element's name and attributes; false when the element itself is refused. */
function checkElement(node: MdxNode, add: (field: string, message: string) => void): boolean {
  if (node.name === null || node.name === undefined) return true; // a fragment `<>…</>` renders nothing of its own
  const name = node.name;
  const props = COMPONENT_PROPS[name];
  const extra = PROSE_ELEMENTS[name];
  if (!props && !extra) {
    const capital = /^[A-Z]/.test(name);
    add(
      `<${name}>`,
      capital
        ? `unknown component <${name}>: use one of ours (${COMPONENTS}); check the spelling and capitals`
        : `<${name}> is not allowed in an article: write Markdown, one of our components (${COMPONENTS}) or a prose element (p, a, strong, em, ul, table… listed in README "What an article may contain")`,
    );
    return false;
  }
  const allowed = props ? Object.keys(props) : [...GLOBAL_ATTRIBUTES, ...(extra ?? [])];
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) {
      add(`<${name}>`, `\`{${String(attr.value)}}\` spreads code into <${name}>: write each attribute as name="value"`);
      continue;
    }
    const field = `<${name} ${attr.name}>`;
    if (!allowed.includes(attr.name)) {
      const why = /^on/i.test(attr.name) ? ' (an event handler runs code)' : attr.name === 'style' ? ' (style comes from the site’s classes)' : '';
      add(field, `\`${attr.name}\` is not allowed on <${name}>${why}: remove it (allowed: ${allowed.join(', ') || 'no attribute'})`);
      continue;
    }
    const kind: PropKind = props?.[attr.name] ?? 'text';
    const isExpression = typeof attr.value === 'object' && attr.value !== null;
    if (isExpression && kind !== 'expression') {
      add(field, kind === 'flag' ? `write \`${attr.name}\` alone, without a value in braces` : `give \`${attr.name}\` as text in quotes, ${attr.name}="…", not as code in braces`);
      continue;
    }
    if (typeof attr.value === 'string' && URL_ATTRIBUTES.has(attr.name)) {
      const problem = urlProblem(attr.value);
      if (problem) add(field, `"${attr.value}" ${problem}`);
    }
  }
  return true;
}
