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
 * Both, and the pruned styles of src/cli/prune-css.ts, are computed as edits of the page as Astro
 * wrote it (`finishEdits`) and applied once, in pieces (`applyEdits`): at 1 000 articles, the
 * pruning and rewrites went from 10.1 to 7.4 s with the same output, byte for byte.
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

/** A change to a page: its text from `start` to `end` becomes `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The page's pieces with `edits` (not overlapping) applied: slices of the page and the edits'
 * texts, never joined. A new 144 kB page costs about 0.7 ms each time V8 lays it out flat (a join,
 * a replace, the encoding for the write), and the pieces can be encoded and written as they are
 * (src/cli/finish-site.ts). Pure.
 */
export function applyEdits(html: string, edits: readonly Edit[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const e of [...edits].sort((x, y) => x.start - y.start)) {
    parts.push(html.slice(from, e.start), e.text);
    from = e.end;
  }
  parts.push(html.slice(from));
  return parts;
}

/** Astro's external module scripts, found with indexOf (a regular expression cost 0.9 ms on a 115 kB article). */
function moduleScriptTags(html: string): { start: number; end: number; src: string }[] {
  const close = '"></script>';
  const tags: { start: number; end: number; src: string }[] = [];
  for (let at = html.indexOf(MODULE_SCRIPT); at !== -1; at = html.indexOf(MODULE_SCRIPT, at + MODULE_SCRIPT.length)) {
    const quote = html.indexOf('"', at + MODULE_SCRIPT.length);
    if (quote === -1 || !html.startsWith(close, quote)) continue; // more attributes: not Astro's tag, left alone
    tags.push({ start: at, end: quote + close.length, src: html.slice(at + MODULE_SCRIPT.length, quote) });
  }
  return tags;
}

const allowsScripts = (policy: string) => /(^|;)\s*script-src\s/.test(policy);
const withScriptHash = (policy: string, hash: string) => policy.replace(/(^|;)(\s*script-src\s[^;]*)/, `$1$2 ${hash}`);
const INLINE = { script: /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g, style: /<style(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/style>/g };
/** The inline styles the CSS pruning rewrites (src/cli/prune-css.ts), as Astro writes them. */
export const STYLE = /<style>([\s\S]*?)<\/style>/g;

/** The policy with its script-src and style-src hashes cut to those `present`. Pure. */
function trimPolicy(policy: string, present: { 'script-src': Set<string>; 'style-src': Set<string> }): string {
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...tokens] = directive.trim().split(/\s+/);
      const keep = present[name as keyof typeof present];
      if (!keep) return directive;
      const lead = /^\s*/.exec(directive)![0];
      return lead + [name, ...tokens.filter((t) => !t.startsWith("'sha256-") || keep.has(t))].join(' ');
    })
    .join(';');
}

/**
 * The page with its external module scripts (`<script type="module" src>`, as Astro writes them)
 * replaced by one inline module, where the first stood, that imports them after the first paint,
 * and that module's hash added to the CSP's script-src. A page without a CSP <meta> keeps its
 * scripts: the inline module could not be allowed there.
 */
export function scriptsAfterLoad(html: string): string {
  return applyEdits(html, finishEdits(html, undefined, { trim: false })).join('');
}

/** The page with its CSP's script and style hashes cut to those of its own inline scripts and styles. */
export function trimCspHashes(html: string): string {
  return applyEdits(html, finishEdits(html, undefined, { afterLoad: false })).join('');
}

/**
 * Every last touch to a page as Astro wrote it, as edits: its `<style>` bodies replaced by `styles`
 * when given (the pruned CSS; the CSP's hash of each changed one swapped), its module scripts by
 * the after-load module (scriptsAfterLoad), and its CSP's hashes cut to those of the inline scripts
 * and styles it then holds (trimCspHashes). Pure.
 */
export function finishEdits(html: string, styles?: readonly string[], { afterLoad = true, trim = true } = {}): Edit[] {
  const edits: Edit[] = [];
  // A new style's hash, like the after-load module's, is needed twice (put in, then kept by the trim): computed once.
  const hashes = new Map<string, string>();
  const hash = (text: string) => {
    let h = hashes.get(text);
    if (h === undefined) hashes.set(text, (h = cspHash(text)));
    return h;
  };
  const newStyle = new Map<number, string>();
  const swaps: [string, string][] = [];
  if (styles) {
    let i = 0;
    for (const m of html.matchAll(STYLE)) {
      const [old, text] = [m[1]!, styles[i++] ?? ''];
      newStyle.set(m.index, text);
      if (text === old) continue;
      edits.push({ start: m.index + '<style>'.length, end: m.index + '<style>'.length + old.length, text });
      swaps.push([old, text]);
    }
  }
  const meta = CSP_META.exec(html);
  if (!meta) return edits;
  let policy = swaps.reduce((p, [old, text]) => p.replace(hash(old), hash(text)), meta[2]!);
  let body: string | undefined;
  const tags = afterLoad ? moduleScriptTags(html) : [];
  if (tags.length && allowsScripts(policy)) {
    body = afterLoadBody(tags.map((t) => t.src));
    policy = withScriptHash(policy, hash(body));
    tags.forEach((t, i) => edits.push({ start: t.start, end: t.end, text: i === 0 ? `<script type="module" ${AFTER_LOAD}>${body}</script>` : '' }));
  }
  if (trim) {
    const scripts = new Set([...html.matchAll(INLINE.script)].map((m) => cspHash(m[1]!)));
    if (body !== undefined) scripts.add(hash(body));
    const inlineStyles = new Set([...html.matchAll(INLINE.style)].map((m) => hash(newStyle.get(m.index) ?? m[1]!)));
    policy = trimPolicy(policy, { 'script-src': scripts, 'style-src': inlineStyles });
  }
  if (policy !== meta[2]) {
    const start = meta.index + meta[1]!.length;
    edits.push({ start, end: start + meta[2]!.length, text: policy });
  }
  return edits;
}

/** Applies the rewrites to every HTML page under `dir` (when the CSS is not pruned); returns how many pages changed. */
export function rewritePages(
  dir: string,
  rewrite: (html: string) => Edit[] = (html) => finishEdits(html),
  write: (file: string, parts: string[]) => void = (file, parts) => writeFileSync(file, parts.join('')),
): number {
  let changed = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.html')) continue;
    const file = join(dir, f);
    const html = readFileSync(file, 'utf8');
    const edits = rewrite(html);
    if (edits.length) {
      write(file, applyEdits(html, edits));
      changed++;
    }
  }
  return changed;
}
