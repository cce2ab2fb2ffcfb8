/**
 * Declarations no element of a page can use, found after PurgeCSS (src/cli/prune-css.ts) has
 * dropped the rules whose names the page lacks. Two kinds, each provable from the cascade alone:
 *  - shadowed: a later rule of the same layer matches every element the first one does, with the
 *    same specificity, and sets the same property (Typography's `.prose :where(p)` margins, which
 *    `.prose-lg :where(p)` sets again on a page whose every `.prose` is also `.prose-lg`); or an
 *    unlayered rule with the same selector sets it (our `.prose { --tw-prose-body }` over the
 *    plugin's grey defaults);
 *  - pseudo-elements of absent inputs: the preflight's `::-webkit-datetime-edit…` and
 *    `::file-selector-button` rules style parts only date, number, file or search inputs have.
 * Pure: strings in, strings out.
 */
import postcss, { type ChildNode, type Container, type Rule } from 'postcss';

/** Class attributes of a page's markup, each as its set of classes. */
function classLists(markup: string): Set<string>[] {
  return [...markup.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => new Set((m[1] ?? m[2]!).split(/\s+/).filter(Boolean)));
}

/**
 * Modifier classes the page never uses apart from their base: `[prose, prose-lg]` when every
 * element with `prose` also has `prose-lg`. Only classes named `<base>-…` count (Typography's
 * sizes, a button's variants), and a base or modifier that the page's scripts may write
 * (`scriptWords`) is no proof: a script could add the base alone, or take the modifier off.
 */
export function impliedModifiers(markup: string, bases: Iterable<string>, scriptWords: ReadonlySet<string> = new Set()): [string, string][] {
  const lists = classLists(markup);
  const pairs: [string, string][] = [];
  for (const base of bases) {
    if (scriptWords.has(base)) continue;
    const withBase = lists.filter((l) => l.has(base));
    if (!withBase.length) continue;
    for (const modifier of withBase[0]!) {
      // A modifier the scripts name could be taken off an element: it is no proof either.
      if (modifier.startsWith(`${base}-`) && !scriptWords.has(modifier) && withBase.every((l) => l.has(modifier))) pairs.push([base, modifier]);
    }
  }
  return pairs.sort();
}

/** The at-rules a node sits in, as text: rules in the same context cascade against each other. */
function context(node: ChildNode): string {
  const chain: string[] = [];
  for (let p: postcss.Node | undefined = node.parent; p && p.type !== 'root'; p = p.parent) {
    if (p.type === 'atrule') chain.unshift(`@${(p as postcss.AtRule).name} ${(p as postcss.AtRule).params}`);
  }
  return chain.join(' > ');
}


/** Replaces the class `.from` by `.to` in a selector, as a whole class name only. */
function swapClass(selector: string, from: string, to: string): string {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return selector.replace(new RegExp(`\\.${escaped}(?![\\w-]|\\\\:)`, 'g'), `.${to}`);
}

/**
 * The stylesheet without the declarations another rule always overrides: a later rule in the
 * same context whose selectors are this rule's with `.base` read as `.modifier` (a superset of
 * the same specificity when every `.base` is also `.modifier`, as `impliedModifiers` found), or an
 * unlayered rule with the very same selector. Only unconditional rules, and never `!important`.
 */
export function dropShadowedDeclarations(css: string, implied: readonly [string, string][]): string {
  const root = postcss.parse(css);
  const rules: Rule[] = [];
  // Each rule's context, read once: it is asked for every declaration and selector below.
  const contexts = new Map<Rule, string>();
  root.walkRules((rule) => {
    const at = context(rule);
    if (rule.parent?.type !== 'rule' && at.split(' > ').every((a) => a === '' || a.startsWith('@layer '))) {
      rules.push(rule);
      contexts.set(rule, at);
    }
  });
  const props = (rule: Rule) => new Set(rule.nodes.filter((n) => n.type === 'decl' && !n.important).map((n) => (n as postcss.Declaration).prop));
  // Who sets what, by context and selector, in source order.
  const setters = new Map<string, { index: number; props: Set<string> }[]>();
  rules.forEach((rule, index) => {
    for (const selector of rule.selectors) {
      const key = `${contexts.get(rule)}\n${selector}`;
      setters.set(key, [...(setters.get(key) ?? []), { index, props: props(rule) }]);
    }
  });
  const setLater = (key: string, after: number, prop: string) => (setters.get(key) ?? []).some((s) => s.index > after && s.props.has(prop));
  rules.forEach((rule, index) => {
    const at = contexts.get(rule)!;
    // Kept unconditional only (`@layer` blocks around it at most); an unlayered one wins over any layered one.
    const shadowedBy = (selector: string, prop: string) =>
      (at !== '' && setLater(`\n${selector}`, -1, prop)) ||
      implied.some(([base, modifier]) => {
        const swapped = swapClass(selector, base, modifier);
        return swapped !== selector && setLater(`${at}\n${swapped}`, index, prop);
      });
    rule.each((node) => {
      if (node.type === 'decl' && !node.important && rule.selectors.every((s) => shadowedBy(s, node.prop))) node.remove();
    });
  });
  removeEmpty(root);
  return root.toString();
}

/** Pseudo-elements that exist only on some input types, and those types. */
const INPUT_PSEUDOS: [RegExp, string[]][] = [
  [/^::-webkit-(?:date-and-time-value|datetime-edit[\w-]*|calendar-picker-indicator)$/, ['date', 'time', 'datetime-local', 'month', 'week']],
  [/^::-webkit-(?:inner|outer)-spin-button$/, ['number', 'date', 'time', 'datetime-local', 'month', 'week']],
  [/^::(?:file-selector-button|-webkit-file-upload-button)$/, ['file']],
  [/^::-webkit-search-(?:decoration|cancel-button|results-button|results-decoration)$/, ['search']],
];

/** Every input type some of those pseudo-elements need: what a page's key for them must say. */
export const INPUT_PSEUDO_TYPES: readonly string[] = [...new Set(INPUT_PSEUDOS.flatMap(([, types]) => types))].sort();

/**
 * The stylesheet without the rules for pseudo-elements of input types the page lacks (no `date`
 * among `inputTypes`: no `::-webkit-datetime-edit`). A selector goes only when it is the bare
 * pseudo-element; a rule goes when all its selectors do.
 */
export function dropAbsentInputPseudos(css: string, inputTypes: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const keep = rule.selectors.filter((selector) => {
      const bare = selector.trim();
      const match = INPUT_PSEUDOS.find(([re]) => re.test(bare));
      return !match || match[1].some((type) => inputTypes.has(type));
    });
    if (keep.length === 0) rule.remove();
    else if (keep.length < rule.selectors.length) rule.selectors = keep;
  });
  removeEmpty(root);
  return root.toString();
}

/** Rules and blocks left empty, innermost first (never `@font-face`, never a bare `@layer a;` statement). */
export function removeEmpty(root: Container): void {
  let emptied: boolean;
  do {
    emptied = false;
    root.walk((node) => {
      const container = node.type === 'rule' || (node.type === 'atrule' && node.name !== 'font-face' && node.nodes !== undefined);
      if (container && node.nodes?.length === 0) {
        node.remove();
        emptied = true;
      }
    });
  } while (emptied);
}
