/**
 * Inline only the CSS a page uses. Astro inlines the whole stylesheet (Tailwind and every
 * component's CSS, 52 KB) into every page; PurgeCSS drops the rules whose classes, ids, tags
 * or attributes the page's HTML never names. Rules that scripts need later are kept: classes
 * written in the strings of the site's JavaScript (enhancers re-render charts, add tooltips
 * and states) and attributes scripts toggle (`hidden`, `open`, `aria-*`, `data-*`).
 * A page's result depends only on the stylesheet and the set of names its HTML uses, so pages
 * sharing both (articles built from the same components) are pruned once. The CSP lists the
 * inline style's hash, so each pruned style's hash is swapped in the page's policy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { PurgeCSS } from 'purgecss';
import { htmlNames } from './html-names.ts';
import { cspHash } from './page-rewrites.ts';

/** String literals of a script ('…', "…", `…`), roughly: enough to find the class names it writes. */
const STRINGS = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;

/** Class-like words in the strings of the site's scripts, and the prefixes of classes they build (`is-${…}`). */
export function scriptVocabulary(scripts: string[]): { words: Set<string>; prefixes: Set<string> } {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const js of scripts) {
    for (const [literal] of js.matchAll(STRINGS)) {
      for (const m of literal.matchAll(/[A-Za-z_][\w-]*/g)) words.add(m[0]);
      for (const m of literal.matchAll(/([A-Za-z][\w-]*-)\$\{/g)) prefixes.add(m[1]!);
    }
  }
  return { words, prefixes };
}

/**
 * Rules PurgeCSS misjudges: it reads the selectors inside `:where()`, `:is()` and `:not()` as if
 * the page needed them (`[hidden]:where(:not([hidden=until-found]))` would go wherever nothing is
 * `until-found`, and a hidden form would show). Those rules are decided here instead: kept when
 * every class the selector needs, negations aside, is on the page or written by a script. Rules on
 * attributes scripts toggle are always kept. Kept rules carry PurgeCSS's ignore comment.
 */
const FUNCTIONAL = /:(?:where|is|not|has)\(/;
const TOGGLED = /\[(?:hidden|open|aria-|data-)/;

/** A selector without its `:not(…)` parts (balanced parentheses). */
export function withoutNegations(selector: string): string {
  let out = '';
  for (let i = 0; i < selector.length; i++) {
    if (selector.startsWith(':not(', i)) {
      let depth = 0;
      for (i += 4; i < selector.length; i++) {
        if (selector[i] === '(') depth++;
        else if (selector[i] === ')' && --depth === 0) break;
      }
      continue;
    }
    out += selector[i];
  }
  return out;
}

/** The classes a selector needs (escapes undone), e.g. `prose-headings:font-sans`. */
const classesOf = (selector: string) => [...selector.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));

/** The stylesheet with the rules PurgeCSS misjudges decided for this page: kept (marked) or removed. */
export function decideMisreadRules(css: string, has: (name: string) => boolean): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (TOGGLED.test(rule.selector)) rule.before(postcss.comment({ text: 'purgecss ignore' }));
    else if (FUNCTIONAL.test(rule.selector)) {
      const kept = rule.selectors.filter((sel) => classesOf(withoutNegations(sel)).every(has));
      if (kept.length === 0) rule.remove();
      else {
        rule.selectors = kept;
        rule.before(postcss.comment({ text: 'purgecss ignore' }));
      }
    }
  });
  return root.toString();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const STYLE = /<style>([\s\S]*?)<\/style>/g;

/** The page with its CSP's hash of each changed inline style replaced by the new one's. */
export function swapStyleHashes(before: string, after: string): string {
  const oldStyles = [...before.matchAll(STYLE)].map((m) => m[1]!);
  const newStyles = [...after.matchAll(STYLE)].map((m) => m[1]!);
  if (oldStyles.length !== newStyles.length) throw new Error('prune-css: the number of <style> elements changed');
  return oldStyles.reduce((page, css, i) => (css === newStyles[i] ? page : page.replace(cspHash(css), cspHash(newStyles[i]!))), after);
}

/** The words of a stylesheet, and the values its attribute selectors test (`a[href^=http]` → `http`); read once per sheet. */
const sheetNames = (() => {
  const memo = new Map<string, { inSheet: Set<string>; cssValues: string[] }>();
  return (sheet: string) => {
    let names = memo.get(sheet);
    if (!names) {
      names = {
        inSheet: new Set(sheet.match(/[\w-]+/g)),
        cssValues: [...new Set([...sheet.matchAll(/\[[^\]=]+=\s*["']?([^"'\]\s]+)/g)].map((m) => m[1]!))],
      };
      memo.set(sheet, names);
    }
    return names;
  };
})();

/** Prunes the inline CSS of every HTML page of a built site; returns the bytes before and after. */
export async function pruneInlineCss(dir: string): Promise<{ pages: number; pruned: number; before: number; after: number }> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  const scripts = files.filter((f) => /\.m?js$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8'));
  const pages = files.filter((f) => f.endsWith('.html')).map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
  for (const p of pages) for (const m of p.text.matchAll(/<script(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) scripts.push(m[1]!);
  const { words, prefixes } = scriptVocabulary(scripts);
  const prefixList = [...prefixes];
  const safelist = {
    standard: [...words],
    greedy: prefixList.map((p) => new RegExp(`^${p.replace(/-/g, '\\-')}`)),
  };
  const memo = new Map<string, string>();
  let before = 0;
  let after = 0;
  for (const page of pages) {
    const styles = [...page.text.matchAll(STYLE)].map((m) => m[1]!);
    if (!styles.length) continue;
    // Only the names the stylesheet mentions can change what PurgeCSS keeps: the key ignores
    // the rest (figure ids, links), so pages built from the same components share one result.
    const sheet = styles.join('');
    const { inSheet, cssValues } = sheetNames(sheet);
    const all = htmlNames(page.text.replace(STYLE, ''));
    const keep = (list: string[]) => [...new Set(list)].filter((n) => (n.match(/[\w-]+/g) ?? []).every((w) => inSheet.has(w))).sort();
    // An attribute value counts by how it meets the values selectors test (`a[href^=http]`).
    const valueSignature = (values: string[]) =>
      [...new Set(values.flatMap((v) => cssValues.filter((c) => v.includes(c)).map((c) => `${c}:${+v.startsWith(c)}${+v.endsWith(c)}${+(v === c)}`)))].sort();
    const used = {
      attributes: { names: keep(all.attributes.names), values: valueSignature(all.attributes.values) },
      classes: keep(all.classes),
      ids: keep(all.ids),
      tags: keep(all.tags),
      undetermined: keep(all.undetermined),
    };
    const key = sha256(JSON.stringify([sheet, used]));
    let css = memo.get(key);
    if (css === undefined) {
      const pageClasses = new Set(all.classes);
      const [result] = await new PurgeCSS().purge({
        content: [{ raw: page.text.replace(STYLE, ''), extension: 'html' }],
        css: [{ raw: decideMisreadRules(sheet, (name) => pageClasses.has(name) || words.has(name) || prefixList.some((p) => name.startsWith(p))) }],
        extractors: [{ extensions: ['html'], extractor: () => all }],
        safelist,
        // Every @keyframes stays: PurgeCSS counts only the rules it judged itself as using one, not
        // those kept by an ignore comment (the bars' `chart-grow` went), and keyframes weigh little.
        keyframes: false,
        fontFace: true,
      });
      css = result!.css;
      memo.set(key, css);
    }
    let index = 0;
    const pruned = page.text.replace(STYLE, () => `<style>${index++ === 0 ? css : ''}</style>`);
    const out = swapStyleHashes(page.text, pruned);
    before += page.text.length;
    after += out.length;
    writeFileSync(page.file, out);
  }
  return { pages: pages.length, pruned: memo.size, before, after };
}
