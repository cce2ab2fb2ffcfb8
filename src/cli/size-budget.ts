/**
 * What a built page costs a reader, and whether it is within budget. Pure: takes the
 * page's HTML and a way to read built files, returns bytes and problems.
 *
 * JavaScript is split in two: what loads with the page ("now": module scripts and
 * their static imports) and what loads only when a chart comes into view ("on view":
 * dynamic imports, followed transitively).
 */
import { gzipSync } from 'node:zlib';
import { parse as parseHtml } from 'node-html-parser';
import { pageKinds, pageModules, resolvePath } from './page-scripts.ts';

/** The budgets, in gzip bytes. */
export const BUDGET = {
  /** Pages without a chart ship no JavaScript at all. */
  plainPageJs: 0,
  /** All chart JavaScript on a chart page, now and on view. */
  chartPageJs: 10 * 1024,
  /**
   * What loads before any chart is visible: only the small visibility watcher, and the inline
   * module that imports it once the page has painted (about 230 B: src/cli/page-rewrites.ts).
   */
  chartPageJsNow: 1664,
  /**
   * The search page is the one page without a chart that needs JavaScript (a static
   * index has to be queried in the browser). Its own script stays small; Pagefind's
   * runtime and index load only when a reader searches.
   */
  searchPageJsNow: 2048,
  /** All of the search page's JavaScript, Pagefind included (its index fragments apart). */
  searchPageJs: 20 * 1024,
  /** Chart tool pages (`data-embed-tools`: gallery, embed preview): a copy button or the embed loader. */
  embedToolsJs: 2048,
  /**
   * An embed page (`data-embed`): HTML (with its inlined CSS), linked CSS and all JavaScript, fonts apart.
   * Back to 20 KB (it was 22 KB once embeds carried their corrections and WordPress's protocol) since
   * each page inlines only the CSS of the kinds it shows: the heaviest embed weighs 18.4 KB.
   */
  embedPageTotal: 20 * 1024,
  /**
   * An embed page's JavaScript before the chart is visible: the watcher, plus its theme and height
   * reporting (our loader's, AMP's and WordPress's protocols; WordPress's added about 120 B), and
   * the inline module that imports the watcher once the page has painted (about 230 B).
   */
  embedPageJsNow: 2560,
  /** `/embed/loader.js`, which other sites load. */
  loaderJs: 1024,
} as const;

export interface PageSize {
  page: string;
  hasChart: boolean;
  html: number;
  css: number;
  jsNow: number;
  jsOnView: number;
  problems: string[];
}

/** Gzip size of a text, at the level static hosts commonly use. */
export const gzipBytes = (text: string): number => (text ? gzipSync(text, { level: 9 }).length : 0);

/** Inline `<style>` bodies and linked stylesheet paths of a page. */
export function pageStyles(html: string): { inline: string[]; href: string[] } {
  const root = parseHtml(html);
  const inline = root.querySelectorAll('style').map((s) => s.rawText);
  const href = root
    .querySelectorAll('link')
    .filter((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet'))
    .map((l) => l.getAttribute('href') ?? '')
    .filter(Boolean);
  return { inline, href };
}

/** Measures a page and checks it against BUDGET; `read` returns a built file by URL path. */
export function measurePage(page: string, html: string, read: (path: string) => string): PageSize {
  // The figure explorer (/chiffres/) has the chart pages' budget: its filter enhancer loads on use, like a chart's.
  const kinds = pageKinds(html);
  const hasChart = kinds.size > 0 || /\bdata-explorer\b/.test(html);
  const isSearch = /\bdata-search-page\b/.test(html);
  const isTools = /\bdata-embed-tools\b/.test(html);
  const isEmbed = /\bdata-embed=/.test(html);
  const { modules, missing } = pageModules(page, html, read);
  const problems = missing.map((path) => `script ${path} is referenced but missing from dist/`);
  const jsNow = modules.filter((m) => m.now).reduce((sum, m) => sum + gzipBytes(m.code), 0);
  const jsOnView = modules.filter((m) => !m.now).reduce((sum, m) => sum + gzipBytes(m.code), 0);
  const styles = pageStyles(html);
  const css = gzipBytes(styles.inline.join('\n')) + styles.href.reduce((sum, h) => sum + gzipBytes(read(resolvePath(h, page))), 0);

  const js = jsNow + jsOnView;
  if (isSearch) {
    if (jsNow > BUDGET.searchPageJsNow) problems.push(`search page loads ${jsNow} B of JavaScript (gzip) with the page, over ${BUDGET.searchPageJsNow} B`);
    if (js > BUDGET.searchPageJs) problems.push(`search page ships ${js} B of JavaScript (gzip), over ${BUDGET.searchPageJs} B`);
  } else if (isTools) {
    if (js > BUDGET.embedToolsJs) problems.push(`chart tool page ships ${js} B of JavaScript (gzip), over ${BUDGET.embedToolsJs} B`);
  } else if (!hasChart && js > BUDGET.plainPageJs) problems.push(`ships ${js} B of JavaScript (gzip) but has no chart: pages without charts ship none`);
  if (hasChart && js > BUDGET.chartPageJs) problems.push(`ships ${js} B of chart JavaScript (gzip), over the ${BUDGET.chartPageJs} B budget`);
  if (isEmbed && jsNow > BUDGET.embedPageJsNow) problems.push(`embed page loads ${jsNow} B of JavaScript (gzip) with the page, over ${BUDGET.embedPageJsNow} B`);
  if (hasChart && !isEmbed && jsNow > BUDGET.chartPageJsNow)
    problems.push(`loads ${jsNow} B of JavaScript (gzip) before any chart is visible, over ${BUDGET.chartPageJsNow} B: import enhancers dynamically, on view`);
  const htmlBytes = gzipBytes(html);
  const linkedCss = css - gzipBytes(styles.inline.join('\n'));
  if (isEmbed && htmlBytes + linkedCss + js > BUDGET.embedPageTotal)
    problems.push(`embed page weighs ${htmlBytes + linkedCss + js} B (gzip: HTML with inlined CSS, linked CSS, JavaScript), over ${BUDGET.embedPageTotal} B`);
  return { page, hasChart, html: htmlBytes, css, jsNow, jsOnView, problems };
}
