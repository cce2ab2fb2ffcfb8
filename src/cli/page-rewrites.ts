/**
 * Last touches to every built page, each a pure function of its HTML (Astro writes these tags
 * itself and takes no option for them):
 *  - `scriptsAfterLoad`: every script of ours is an enhancement (pages read, and charts draw,
 *    without JavaScript), yet a module script is fetched as soon as the parser meets it, even at
 *    low priority, and Lighthouse's LCP model adds every request started before the largest paint
 *    to its critical path: on the interview, the chart loader's request put LCP 230 ms behind FCP.
 *    The external module scripts become one inline module that imports them once the page has
 *    loaded and painted; its hash joins the page's CSP. The loader imports nothing up front, so no
 *    request follows until a chart nears the viewport.
 *  - `trimCspHashes`: Astro's <meta> CSP lists the hash of every inline script and style of the
 *    whole site on every page (17 hashes, about 750 incompressible bytes); a page keeps only the
 *    hashes of the inline scripts and styles it carries.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A CSP source for an inline script or style: `'sha256-…'`. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

const MODULE_SCRIPT = '<script type="module" src="';
/** Marks the inline script written below: src/cli/page-scripts.ts counts its imports as loaded with the page. */
export const AFTER_LOAD = 'data-after-load';

/**
 * The body of the inline module that imports `sources` once the page has loaded and its first
 * contentful paint is reported. A page without images can fire its load event before it paints
 * (one Lighthouse run: load at 215 ms, the request at 245, the paint at 248), and a timeout queued
 * from the next animation frame still ran before that paint was presented (2 runs of 3 in
 * tests/e2e/first-paint.spec.ts): the paint entry is the one signal that comes after it. A
 * browser without paint timing imports at load.
 */
export const afterLoadBody = (sources: string[]): string =>
  `const l=()=>{${sources.map((s) => `import(${JSON.stringify(s)});`).join('')}},` +
  `w=()=>{if(!PerformanceObserver.supportedEntryTypes?.includes("paint"))return l();` +
  `const o=new PerformanceObserver((e)=>{if(e.getEntriesByName("first-contentful-paint").length){o.disconnect();l()}});o.observe({type:"paint",buffered:!0})};` +
  `document.readyState==="complete"?w():addEventListener("load",w,{once:!0})`;

/**
 * The page with its external module scripts (`<script type="module" src>`, as Astro writes them)
 * replaced by one inline module, where the first stood, that imports them after the first paint,
 * and that module's hash added to the CSP's script-src. A page without a CSP <meta> keeps its
 * scripts: the inline module could not be allowed there. Found with indexOf (a regular expression
 * cost 0.9 ms on a 115 kB article) and written with one join: V8 copies a page built by `+=` flat
 * each time a regular expression reads it, 0.6 ms for the interview, and a first version that did
 * so twice made finishPage cost 2.3 ms per page instead of 0.76 (0.75 before this rewrite).
 */
export function scriptsAfterLoad(html: string): string {
  const close = '"></script>';
  const tags: { start: number; end: number; src: string }[] = [];
  for (let at = html.indexOf(MODULE_SCRIPT); at !== -1; at = html.indexOf(MODULE_SCRIPT, at + MODULE_SCRIPT.length)) {
    const quote = html.indexOf('"', at + MODULE_SCRIPT.length);
    if (quote === -1 || !html.startsWith(close, quote)) continue; // more attributes: not Astro's tag, left alone
    tags.push({ start: at, end: quote + close.length, src: html.slice(at + MODULE_SCRIPT.length, quote) });
  }
  const meta = tags.length ? CSP_META.exec(html) : null;
  if (!meta || !/(^|;)\s*script-src\s/.test(meta[2]!)) return html;
  const body = afterLoadBody(tags.map((t) => t.src));
  const policy = meta[2]!.replace(/(^|;)(\s*script-src\s[^;]*)/, `$1$2 ${cspHash(body)}`);
  const edits = [
    { start: meta.index, end: meta.index + meta[0].length, text: `${meta[1]}${policy}${meta[3]}` },
    ...tags.map((t, i) => ({ start: t.start, end: t.end, text: i === 0 ? `<script type="module" ${AFTER_LOAD}>${body}</script>` : '' })),
  ].sort((x, y) => x.start - y.start);
  const parts: string[] = [];
  let from = 0;
  for (const e of edits) {
    parts.push(html.slice(from, e.start), e.text);
    from = e.end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/** The page with its CSP's script and style hashes cut to those of its own inline scripts and styles. */
export function trimCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const inline = (tag: 'script' | 'style') =>
    new Set([...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => cspHash(m[1]!)));
  const present = { 'script-src': inline('script'), 'style-src': inline('style') };
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      const [name, ...tokens] = directive.trim().split(/\s+/);
      const keep = present[name as keyof typeof present];
      if (!keep) return directive;
      const lead = /^\s*/.exec(directive)![0];
      return lead + [name, ...tokens.filter((t) => !t.startsWith("'sha256-") || keep.has(t))].join(' ');
    })
    .join(';');
  return html.replace(CSP_META, `$1${policy}$3`);
}

/** Every rewrite above, in order: what the CSS pruning applies to each page before writing it. */
export const finishPage = (html: string): string => trimCspHashes(scriptsAfterLoad(html));

/** Applies the rewrites to every HTML page under `dir` (when the CSS is not pruned); returns how many pages changed. */
export function rewritePages(
  dir: string,
  rewrite: (html: string) => string = finishPage,
  write: (file: string, text: string) => void = writeFileSync,
): number {
  let changed = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.html')) continue;
    const file = join(dir, f);
    const html = readFileSync(file, 'utf8');
    const out = rewrite(html);
    if (out !== html) {
      write(file, out);
      changed++;
    }
  }
  return changed;
}
