/**
 * What a built page costs a reader, and whether it is within budget. Pure: takes the
 * page's HTML and a way to read built files, returns bytes and problems.
 *
 * JavaScript is split in two: what loads with the page ("now": module scripts and
 * their static imports) and what loads only when a chart comes into view ("on view":
 * dynamic imports, followed transitively).
 */
import { gzipSync } from 'node:zlib';
import { initSync, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml } from 'node-html-parser';

initSync(); // the lexer is WebAssembly: load it once, synchronously, so measuring stays a plain call

/** The budgets, in gzip bytes. */
export const BUDGET = {
  /** Pages without a chart ship no JavaScript at all. */
  plainPageJs: 0,
  /** All chart JavaScript on a chart page, now and on view. */
  chartPageJs: 10 * 1024,
  /** What loads before any chart is visible: only the small visibility watcher. */
  chartPageJsNow: 1536,
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
   * 22 KB since the embeds carry their corrections and answer WordPress's protocol (the Campus
   * timeline weighs 21.1 KB); the way back under 20 KB is one static SVG per chart instead of two.
   */
  embedPageTotal: 22 * 1024,
  /**
   * An embed page's JavaScript before the chart is visible: the watcher, plus its theme and height
   * reporting (our loader's, AMP's and WordPress's protocols; WordPress's added about 120 B).
   */
  embedPageJsNow: 2304,
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

/** Executable scripts of a page: external module sources and inline bodies. */
export function pageScripts(html: string): { src: string[]; inline: string[] } {
  const src: string[] = [];
  const inline: string[] = [];
  for (const script of parseHtml(html).querySelectorAll('script')) {
    const type = script.getAttribute('type')?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data blocks do not run
    const s = script.getAttribute('src');
    if (s) src.push(s);
    else if (script.rawText.trim()) inline.push(script.rawText);
  }
  return { src, inline };
}

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

/** Relative specifiers a module imports, statically and dynamically (read by es-module-lexer, not a pattern). */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
  const stat: string[] = [];
  const dynamic: string[] = [];
  const [imports] = parseModule(code);
  for (const i of imports) {
    // `n` is the specifier when it is a plain string; a template without `${}` is read from the source.
    const raw = code.slice(i.s, i.e);
    const name = i.n ?? (/^`[^`$]*`$/.test(raw) ? raw.slice(1, -1) : undefined);
    if (name === undefined || !(name.startsWith('.') || name.startsWith('/'))) continue;
    if (i.d === -1) stat.push(name);
    else if (i.d >= 0) dynamic.push(name);
  }
  return { static: stat, dynamic };
}

/**
 * The chart loader (src/charts/loader.ts) maps each kind's folder to its enhancer's chunk
 * (`"./budget/enhance.ts":()=>…import(`./enhance.X.js`)`): a page loads only the enhancers of
 * the kinds it shows. Returns specifier → kind for the entries of such a map in `code`.
 */
export function enhancerKinds(code: string): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const m of code.matchAll(/["'`]\.\/([\w-]+)\/enhance\.ts["'`]\s*:\s*\(\)\s*=>[^`'"]*?import\(\s*[`'"]([^`'"]+)[`'"]\s*\)/g)) kinds.set(m[2]!, m[1]!);
  return kinds;
}

/** Resolves `spec` against the URL path of the module importing it. */
export function resolvePath(spec: string, from: string): string {
  return new URL(spec, new URL(from, 'http://site')).pathname;
}

/** Measures a page and checks it against BUDGET; `read` returns a built file by URL path. */
export function measurePage(page: string, html: string, read: (path: string) => string): PageSize {
  // The figure explorer (/chiffres/) has the chart pages' budget: its filter enhancer loads on use, like a chart's.
  const pageKinds = new Set([...html.matchAll(/\bdata-chart-kind="([^"]+)"/g)].map((m) => m[1]!));
  const hasChart = pageKinds.size > 0 || /\bdata-explorer\b/.test(html);
  const isSearch = /\bdata-search-page\b/.test(html);
  const isTools = /\bdata-embed-tools\b/.test(html);
  const isEmbed = /\bdata-embed=/.test(html);
  const seen = new Set<string>();
  let jsNow = 0;
  let jsOnView = 0;
  const problems: string[] = [];

  const walk = (path: string, now: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    let code: string;
    try {
      code = read(path);
    } catch {
      problems.push(`script ${path} is referenced but missing from dist/`);
      return;
    }
    visit(code, path, now);
  };
  const visit = (code: string, at: string, now: boolean) => {
    if (now) jsNow += gzipBytes(code);
    else jsOnView += gzipBytes(code);
    const { static: s, dynamic: d } = moduleImports(code);
    const kinds = enhancerKinds(code);
    s.forEach((spec) => walk(resolvePath(spec, at), now));
    // An enhancer of a kind the page does not show is never loaded on it.
    d.filter((spec) => !kinds.has(spec) || pageKinds.has(kinds.get(spec)!)).forEach((spec) => walk(resolvePath(spec, at), false));
  };

  const scripts = pageScripts(html);
  scripts.inline.forEach((code) => visit(code, page, true));
  scripts.src.forEach((src) => walk(resolvePath(src, page), true));
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
