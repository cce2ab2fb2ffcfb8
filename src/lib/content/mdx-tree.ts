/**
 * The MDX syntax tree of an article, read with satteri (the parser `@astrojs/mdx` compiles
 * with), so that the checks see exactly what the build sees: elements however their tags are
 * laid out, code as code, comments as comments, and every node's line, column and offset.
 * Pure; the last few trees are kept, since several checks read the same file in a row.
 */
import { mdxToMdast } from 'satteri';

export interface Point {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** 0-based offset in the text parsed. */
  offset: number;
}

/** A JSX attribute: `name="text"`, a bare `name` (null), or `name={expression}`. */
export interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: Point; end: Point };
}

/** A parse failure: the MDX compiler would stop here too. */
export interface MdxSyntaxError {
  line: number;
  column: number;
  reason: string;
}

const cache = new Map<string, { tree: MdxNode } | { error: MdxSyntaxError }>();

/** Parses MDX (frontmatter included or not) into its syntax tree, or says where it breaks. */
export function parseMdx(source: string): { tree: MdxNode } | { error: MdxSyntaxError } {
  const hit = cache.get(source);
  if (hit) return hit;
  let result: { tree: MdxNode } | { error: MdxSyntaxError };
  try {
    result = { tree: mdxToMdast(source) as unknown as MdxNode };
  } catch (e) {
    const text = (e as Error).message;
    const m = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text);
    result = { error: { line: Number(m?.[1] ?? 1), column: Number(m?.[2] ?? 1), reason: m?.[3] ?? text } };
  }
  if (cache.size > 32) cache.delete(cache.keys().next().value ?? '');
  cache.set(source, result);
  return result;
}

/** Visits every node depth-first; a visitor returning false skips that node's children. */
export function walk(node: MdxNode, visit: (node: MdxNode) => boolean | void): void {
  if (visit(node) === false) return;
  node.children?.forEach((child) => walk(child, visit));
}

export const isJsxElement = (node: MdxNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
export const isExpression = (node: MdxNode): boolean => node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
/** `{/* … *\/}`: an expression that holds only a comment renders nothing. */
export const isComment = (node: MdxNode): boolean => isExpression(node) && /^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value));

/** An element's attribute by name (undefined when absent). */
export function attribute(node: MdxNode, name: string): MdxAttribute | undefined {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** An attribute's text value, when written `name="…"`. */
export function textAttribute(node: MdxNode, name: string): string | undefined {
  const value = attribute(node, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** An attribute's code, when written `name={…}`. */
export function expressionAttribute(node: MdxNode, name: string): string | undefined {
  const value = attribute(node, name)?.value;
  return typeof value === 'object' && value !== null ? value.value : undefined;
}

/** Offset just past an element's opening tag (its first child, or its end). */
export function openingTagEnd(node: MdxNode): number {
  return node.children?.[0]?.position?.start.offset ?? node.position?.end.offset ?? 0;
}

/**
 * Offset in `source` of the first character of an attribute's value (inside its quotes or
 * braces). The tree gives attributes no position of their own: find it in the opening tag.
 */
export function attributeValueOffset(source: string, node: MdxNode, name: string): number | undefined {
  const start = node.position?.start.offset ?? 0;
  const tag = source.slice(start, openingTagEnd(node));
  const m = new RegExp(String.raw`\s${name}\s*=\s*["'{]`).exec(tag);
  return m ? start + m.index + m[0].length : undefined;
}

/** 1-based line and column of an offset. */
export function lineColumn(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
