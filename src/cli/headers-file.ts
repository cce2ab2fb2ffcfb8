/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages): path patterns,
 * each followed by indented `Name: value` lines; `! Name` removes a header an earlier
 * rule set. We apply it in our own server so tests see what production sends. Pure.
 */

export interface HeaderRule {
  /** Path pattern; `*` matches any run of characters. */
  pattern: string;
  set: [string, string][];
  unset: string[];
}

/** Parses `_headers` text; throws on a line it cannot read, naming the line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], unset: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1}: a header comes before any path`);
    const body = line.trim();
    if (body.startsWith('!')) {
      rule.unset.push(body.slice(1).trim().toLowerCase());
      return;
    }
    const colon = body.indexOf(':');
    if (colon < 1) throw new Error(`_headers line ${i + 1}: expected "Name: value", got "${body}"`);
    rule.set.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Does a `_headers` pattern match a path? */
export function matchesPattern(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/** The headers a path receives: every matching rule in order, later ones adding or removing. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const name of rule.unset) out.delete(name);
    for (const [name, value] of rule.set) out.set(name.toLowerCase(), value);
  }
  return out;
}
