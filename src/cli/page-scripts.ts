/**
 * The JavaScript a built page can run: its module scripts, what they import statically ("now")
 * and what they import on demand ("on view"), followed transitively through dist/. Shared by the
 * size budget (what a page costs) and the CSS pruner (which class names a page's scripts may write).
 */
import { initSync, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml } from 'node-html-parser';
import { AFTER_LOAD } from './page-rewrites.ts';

initSync(); // the lexer is WebAssembly: load it once, synchronously, so reading stays a plain call

/** Whether a script element with this `type` runs: JSON-LD and other data blocks do not. */
const runs = (type: string | undefined) => !type || ['module', 'text/javascript'].includes(type.toLowerCase());

/**
 * Executable scripts of a page: external module sources and inline bodies. `afterLoad` holds the
 * inline modules src/cli/page-rewrites.ts writes in place of external scripts: what they import
 * loads with the page (after its load event), not on demand.
 */
export function pageScripts(html: string): { src: string[]; inline: string[]; afterLoad: string[] } {
  const src: string[] = [];
  const inline: string[] = [];
  const afterLoad: string[] = [];
  for (const script of parseHtml(html).querySelectorAll('script')) {
    if (!runs(script.getAttribute('type'))) continue;
    const s = script.getAttribute('src');
    if (s) src.push(s);
    else if (script.hasAttribute(AFTER_LOAD)) afterLoad.push(script.rawText);
    else if (script.rawText.trim()) inline.push(script.rawText);
  }
  return { src, inline, afterLoad };
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

const SCRIPT_ELEMENT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const RELATIVE_SRC = /\ssrc=["']?(?!["']?\/)/;

/**
 * A key that is the same for pages running the same modules (pageModules), read without parsing
 * the page: its executable script elements, the chart kinds it shows, and its folder when a `src`
 * is relative. JSON-LD, which differs on every page, does not count.
 */
export function scriptsSignature(page: string, html: string): string {
  const elements = [...html.matchAll(SCRIPT_ELEMENT)].filter((m) => runs(/\stype=["']?([^"'\s>]+)/i.exec(m[1]!)?.[1]));
  const folder = elements.some((m) => RELATIVE_SRC.test(m[1]!)) ? page.replace(/[^/]*$/, '') : '';
  return [...elements.map((m) => m[0]), [...pageKinds(html)].sort().join(), folder].join('\0');
}

/** The chart kinds a page shows (`data-chart-kind`). */
export const pageKinds = (html: string): Set<string> => new Set([...html.matchAll(/\bdata-chart-kind="([^"]+)"/g)].map((m) => m[1]!));

export interface PageModule {
  /** The module's URL path, or the page's own for an inline script. */
  path: string;
  code: string;
  /** Loaded with the page (a script or its static imports), not on demand. */
  now: boolean;
}

/**
 * Every module a page can run, each once: its scripts, their static imports, and their dynamic
 * imports save the enhancers of kinds the page does not show. `read` returns a built file by URL
 * path and throws when it is missing; `missing` lists those paths.
 */
export function pageModules(page: string, html: string, read: (path: string) => string): { modules: PageModule[]; missing: string[] } {
  const kinds = pageKinds(html);
  const modules: PageModule[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const walk = (path: string, now: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    let code: string;
    try {
      code = read(path);
    } catch {
      missing.push(path);
      return;
    }
    visit(code, path, now);
  };
  const visit = (code: string, at: string, now: boolean, importsNow = false) => {
    modules.push({ path: at, code, now });
    const { static: s, dynamic: d } = moduleImports(code);
    const loaderKinds = enhancerKinds(code);
    s.forEach((spec) => walk(resolvePath(spec, at), now));
    // An enhancer of a kind the page does not show is never loaded on it.
    d.filter((spec) => !loaderKinds.has(spec) || kinds.has(loaderKinds.get(spec)!)).forEach((spec) => walk(resolvePath(spec, at), importsNow));
  };
  const scripts = pageScripts(html);
  scripts.inline.forEach((code) => visit(code, page, true));
  scripts.afterLoad.forEach((code) => visit(code, page, true, true));
  scripts.src.forEach((src) => walk(resolvePath(src, page), true));
  return { modules, missing };
}
