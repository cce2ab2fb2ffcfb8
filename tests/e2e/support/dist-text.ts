/** What readers can read in the built pages: text and reader-facing attributes, page by page. */
import { readFileSync } from 'node:fs';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { distPages } from '../../../src/cli/dist-pages.ts';

/** Not prose for readers: code samples (the guide's, the embed snippets), scripts, styles. */
const SKIP = new Set(['script', 'style', 'pre', 'code', 'template', 'noscript', 'textarea']);
/** Attributes a reader hears or sees. */
const ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'];

/** One piece of reader-facing text of a page. */
export interface PageText {
  page: string;
  text: string;
}

/** Every text node and reader-facing attribute of every built page (meta description included). */
export function readerTexts(dist = 'dist'): PageText[] {
  const out: PageText[] = [];
  for (const page of distPages(dist)) {
    const file = page.endsWith('.html') ? `${dist}${page}` : `${dist}${page}index.html`;
    const walk = (node: Node) => {
      if (node.nodeType === NodeType.TEXT_NODE) {
        if (node.text.trim()) out.push({ page, text: node.text });
        return;
      }
      const el = node as HTMLElement;
      const tag = el.rawTagName?.toLowerCase() ?? '';
      if (SKIP.has(tag)) return;
      for (const a of ATTRIBUTES) {
        const v = el.getAttribute?.(a);
        if (v) out.push({ page, text: v });
      }
      if (tag === 'meta' && /description|title/.test(el.getAttribute('name') ?? el.getAttribute('property') ?? '')) out.push({ page, text: el.getAttribute('content') ?? '' });
      el.childNodes?.forEach(walk);
    };
    walk(parse(readFileSync(file, 'utf8')));
  }
  return out;
}
