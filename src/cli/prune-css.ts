/**
 * Inline only the CSS a page uses. Astro inlines the whole stylesheet (Tailwind and every
 * component's CSS, 52 KB) into every page; PurgeCSS drops the rules whose classes, ids, tags
 * or attributes the page's HTML never names. Rules that the page's scripts need later are kept:
 * classes and elements written in the strings of the JavaScript the page can load (enhancers
 * re-render charts, add tooltips and states) and attributes scripts toggle (`hidden`, `open`,
 * `aria-*`, `data-*`). A page's result depends only on the stylesheet, the set of names its HTML
 * uses and its scripts, so pages sharing all three (articles built from the same components) are
 * pruned once. What is left then loses the declarations no element can use (src/cli/dead-css.ts:
 * those another rule always overrides, those on pseudo-elements of inputs the page lacks). The CSP
 * lists the inline style's hash, so each pruned style's hash is swapped in the page's policy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { PurgeCSS } from 'purgecss';
import { dropAbsentInputPseudos, dropShadowedDeclarations, impliedModifiers, INPUT_PSEUDO_TYPES, removeEmpty } from './dead-css.ts';
import { htmlNames } from './html-names.ts';
import { pageModules, scriptsSignature } from './page-scripts.ts';
import { applyEdits, finishEdits, STYLE, type Edit } from './page-rewrites.ts';

/** String literals of a script ('…', "…", `…`), roughly: enough to find the class names it writes. */
const STRINGS = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;

/** Class-like words in the strings of a page's scripts, and the prefixes of classes they build (`is-${…}`). */
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
 * every class and every element the selector needs, negations aside, is on the page or written by
 * one of its scripts (Typography's `.prose :where(pre code)` goes from a page without code blocks),
 * and so is every attribute it tests (`ol[type=A]`), save those scripts toggle (`hidden`, `open`,
 * `aria-*`, `data-*`): a script may set those on any element, so rules on them are decided without
 * them. Kept rules carry PurgeCSS's ignore comment.
 */
const FUNCTIONAL = /:(?:where|is|not|has)\(/;
/** The attributes scripts toggle: `hidden` and `open` whole, `aria-*` and `data-*` by prefix. */
const TOGGLED_NAMES = String.raw`hidden\b|open\b|aria-|data-`;
const TOGGLED = new RegExp(`\\[(?:${TOGGLED_NAMES})`);
const TOGGLED_ATTRIBUTE = new RegExp(`^(?:${TOGGLED_NAMES})`);
/** Pseudo-classes whose argument is a selector the element (or, for `:has`, a descendant) must match. */
const SELECTOR_ARGUMENT = new Set([':where', ':is', ':has', ':matches', ':-webkit-any']);

type Has = {
  class: (name: string) => boolean;
  tag: (name: string) => boolean;
  /** An attribute by name, and with that value when one is given (`[type=A]`). */
  attribute: (name: string, value?: string) => boolean;
};

/**
 * Whether a page could match a selector, read by postcss-selector-parser: every class and element
 * it names must be on the page, save inside `:not(…)` (and arguments that are not selectors, as
 * `:nth-child(odd)` or `:lang(fr)`); of a list inside `:where(…)`, `:is(…)` or `:has(…)`, one will do.
 */
export function selectorCanMatch(selector: string, has: Has): boolean {
  const canMatch = (sel: selectorParser.Selector): boolean =>
    sel.nodes.every((node) => {
      if (node.type === 'class') return has.class(node.value);
      if (node.type === 'tag') return has.tag(node.value.toLowerCase());
      if (node.type === 'attribute') {
        const name = node.attribute.toLowerCase();
        if (TOGGLED_ATTRIBUTE.test(name)) return true;
        // `=` and `~=` name whole words of a value; `^=`, `*=` and the like test part of one, which PurgeCSS weighs.
        const exact = (node.operator === '=' || node.operator === '~=') && node.value ? node.value : undefined;
        return exact === undefined ? has.attribute(name) : exact.split(/\s+/).every((word) => has.attribute(name, word));
      }
      if (node.type === 'pseudo' && SELECTOR_ARGUMENT.has(node.value.toLowerCase())) return node.nodes.some(canMatch);
      return true;
    });
  return selectorParser().astSync(selector).nodes.every(canMatch);
}

/** The stylesheet with the rules PurgeCSS misjudges decided for this page: kept (marked) or removed. */
export function decideMisreadRules(css: string, has: Has): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (TOGGLED.test(rule.selector) || FUNCTIONAL.test(rule.selector)) {
      const kept = rule.selectors.filter((sel) => selectorCanMatch(sel, has));
      if (kept.length === 0) rule.remove();
      else {
        rule.selectors = kept;
        rule.before(postcss.comment({ text: 'purgecss ignore' }));
      }
    }
  });
  return root.toString();
}

/**
 * The stylesheet without the custom properties nothing reads: a declaration `--x: …` (and its
 * `@property --x`) stays while a kept value reads `var(--x)` or `elsewhere` (the page's markup and
 * scripts) names `--x`. PurgeCSS's own `variables` option cannot do this here: it does not see the
 * reads inside rules kept by an ignore comment (Typography's `--tw-prose-*`).
 */
export function pruneUnusedVariables(css: string, elsewhere: string): string {
  const root = postcss.parse(css);
  const named = new Set(elsewhere.match(/--[\w-]+/g));
  let used: Set<string>;
  let removed: number;
  do {
    used = new Set(named);
    root.walkDecls((decl) => {
      for (const m of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) used.add(m[1]!);
    });
    removed = 0;
    root.walkDecls(/^--/, (decl) => {
      if (!used.has(decl.prop)) {
        decl.remove();
        removed++;
      }
    });
  } while (removed > 0);
  root.walkAtRules('property', (at) => {
    if (!used.has(at.params.trim())) at.remove();
  });
  removeEmpty(root);
  return root.toString();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
/**
 * The words of a stylesheet, the attributes its selectors test (`a[href^=http]` → `href`), the
 * values they test them for (→ `http`) and its digest (for the pruning's key: hashing the 52 kB
 * sheet again on every page cost about 0.2 ms a page); read once per sheet.
 */
const sheetNames = (() => {
  const memo = new Map<string, { digest: string; inSheet: Set<string>; testedAttributes: Set<string>; cssValues: string[] }>();
  return (sheet: string) => {
    let names = memo.get(sheet);
    if (!names) {
      names = {
        digest: sha256(sheet),
        inSheet: new Set(sheet.match(/[\w-]+/g)),
        testedAttributes: new Set([...sheet.matchAll(/\[\s*([^\]\s=~|^$*]+)/g)].map((m) => m[1]!.toLowerCase())),
        cssValues: [...new Set([...sheet.matchAll(/\[[^\]=]+=\s*["']?([^"'\]\s]+)/g)].map((m) => m[1]!))],
      };
      memo.set(sheet, names);
    }
    return names;
  };
})();

/** The names a page's scripts may write: class-like words, built prefixes and PurgeCSS's safelist for them. */
interface Vocabulary {
  words: Set<string>;
  prefixes: string[];
  safelist: { standard: string[]; greedy: RegExp[] };
}

function vocabulary(scripts: string[]): Vocabulary {
  const { words, prefixes } = scriptVocabulary(scripts);
  const prefixList = [...prefixes];
  return { words, prefixes: prefixList, safelist: { standard: [...words], greedy: prefixList.map((p) => new RegExp(`^${p.replace(/-/g, '\\-')}`)) } };
}

/**
 * Prunes the inline CSS of every HTML page of a built site; returns the bytes before and after.
 * A page keeps what its own scripts may write (src/cli/page-scripts.ts: its modules, their imports,
 * the enhancers of the kinds it shows), so a page without charts keeps no chart CSS.
 */
export async function pruneInlineCss(
  dir: string,
  /**
   * The page's edits, given its pruned styles (src/cli/page-rewrites.ts: finishEdits adds the last
   * touches, so that each page is read once and written once); by default, the styles and their hashes only.
   */
  finish: (html: string, styles?: readonly string[]) => Edit[] = (html, styles) => finishEdits(html, styles, { afterLoad: false, trim: false }),
  /** How a changed page is written, from its pieces: src/cli/finish-site.ts replaces it whole, as Pagefind may be reading it. */
  write: (file: string, parts: string[]) => void = (file, parts) => writeFileSync(file, parts.join('')),
): Promise<{ pages: number; pruned: number; scriptWalks: number; before: number; after: number }> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  const pages = files.filter((f) => f.endsWith('.html')).map((f) => ({ file: join(dir, f), url: `/${f.split(sep).join('/')}`, text: readFileSync(join(dir, f), 'utf8') }));
  const builtFiles = new Map<string, string>();
  const read = (path: string) => {
    // Pagefind writes /pagefind/ while the pages are pruned (src/cli/finish-site.ts). Its search API
    // writes none of our markup, so its modules never count, whether written yet or not.
    if (path.startsWith('/pagefind/')) throw new Error(`${path}: Pagefind's, not read`);
    let code = builtFiles.get(path);
    if (code === undefined) builtFiles.set(path, (code = readFileSync(join(dir, decodeURIComponent(path)), 'utf8')));
    return code;
  };
  const scriptsBySignature = new Map<string, { key: string; codes: string[]; vocabulary: Vocabulary }>();
  const memo = new Map<string, string>();
  let before = 0;
  let after = 0;
  for (const page of pages) {
    const { text } = page;
    const styles = [...text.matchAll(STYLE)].map((m) => m[1]!);
    if (!styles.length) {
      const edits = finish(text);
      if (edits.length) write(page.file, applyEdits(text, edits));
      continue;
    }
    // Pages running the same modules walk them once (a full parse of the page, then every module).
    const signature = scriptsSignature(page.url, text);
    let scriptSet = scriptsBySignature.get(signature);
    if (!scriptSet) {
      const codes = pageModules(page.url, text, read).modules.map((m) => m.code);
      scriptsBySignature.set(signature, (scriptSet = { key: sha256(codes.join('\0')), codes, vocabulary: vocabulary(codes) }));
    }
    const { key: scriptsKey, codes: scripts } = scriptSet;
    const { words, prefixes, safelist } = scriptSet.vocabulary;
    // Only the names the stylesheet mentions can change what PurgeCSS keeps: the key ignores
    // the rest (figure ids, links), so pages built from the same components share one result.
    const sheet = styles.join('');
    const { digest: sheetDigest, inSheet, testedAttributes, cssValues } = sheetNames(sheet);
    const markup = text.replace(STYLE, '');
    // Values matter only where a selector tests them, and `type` for the input types below.
    const all = htmlNames(markup, (attribute) => attribute === 'type' || testedAttributes.has(attribute.toLowerCase()));
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
      variables: keep(markup.match(/--[\w-]+/g) ?? []),
    };
    // What decides the dead declarations (src/cli/dead-css.ts): modifiers always worn with their
    // base (`prose` with `prose-lg`), and the input types present, from markup or scripts.
    const bases = all.classes.filter((c) => inSheet.has(c) && all.classes.some((m) => m.startsWith(`${c}-`) && inSheet.has(m)));
    const implied = impliedModifiers(markup, bases, words);
    const inputTypes = new Set(INPUT_PSEUDO_TYPES.filter((t) => all.attributes.values.includes(t) || words.has(t)));
    const key = sha256(JSON.stringify([sheetDigest, used, scriptsKey, implied, [...inputTypes]]));
    let css = memo.get(key);
    if (css === undefined) {
      const pageClasses = new Set(all.classes);
      const pageTags = new Set(all.tags.map((t) => t.toLowerCase()));
      const pageAttributes = new Set(all.attributes.names.map((a) => a.toLowerCase()));
      const pageValues = new Set(all.attributes.values.map((v) => v.toLowerCase()));
      const has = {
        class: (name: string) => pageClasses.has(name) || words.has(name) || prefixes.some((p) => name.startsWith(p)),
        tag: (name: string) => pageTags.has(name) || words.has(name),
        attribute: (name: string, value?: string) =>
          (pageAttributes.has(name) || words.has(name)) && (value === undefined || pageValues.has(value.toLowerCase()) || words.has(value)),
      };
      const [result] = await new PurgeCSS().purge({
        content: [{ raw: markup, extension: 'html' }],
        css: [{ raw: decideMisreadRules(sheet, has) }],
        extractors: [{ extensions: ['html'], extractor: () => all }],
        safelist,
        // Every @keyframes stays: PurgeCSS counts only the rules it judged itself as using one, not
        // those kept by an ignore comment (the bars' `chart-grow` went), and keyframes weigh little.
        keyframes: false,
        fontFace: true,
      });
      const live = dropAbsentInputPseudos(dropShadowedDeclarations(result!.css, implied), inputTypes);
      css = pruneUnusedVariables(live, [markup, ...scripts].join('\n'));
      memo.set(key, css);
    }
    const parts = applyEdits(text, finish(text, styles.map((_, i) => (i === 0 ? css! : ''))));
    before += text.length;
    after += parts.reduce((n, part) => n + part.length, 0);
    write(page.file, parts);
    // Lets the event loop hear of other work meanwhile (finish-site.ts times Pagefind's exit by its event).
    await new Promise(setImmediate);
  }
  return { pages: pages.length, pruned: memo.size, scriptWalks: scriptsBySignature.size, before, after };
}
