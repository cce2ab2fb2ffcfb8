/**
 * Formulas of derived dataset values, e.g. `{fibre-2016} / (1 + {fibre-growth} / 100)`.
 *
 * A tiny recursive-descent parser for + − × ÷, parentheses, numbers and `{value-id}`
 * references. We do not use `eval` or a general expression library: a formula is
 * data typed by editors, and only arithmetic on other values may be allowed in it.
 */

export type Lookup = (id: string) => number | undefined;

/** The `{id}` references of a formula, in order of first appearance. */
export function formulaInputs(formula: string): string[] {
  return [...new Set([...formula.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? ''))];
}

/** Evaluates a formula; throws an Error saying what is wrong and where. */
export function evaluateFormula(formula: string, lookup: Lookup): number {
  const tokens = tokenize(formula);
  let i = 0;
  const peek = () => tokens[i];
  const fail = (what: string): never => {
    throw new Error(`${what} in formula "${formula}"`);
  };

  function primary(): number {
    const t = tokens[i++];
    if (t === undefined) return fail('unexpected end');
    if (t === '(') {
      const v = sum();
      if (tokens[i++] !== ')') fail('missing ")"');
      return v;
    }
    if (t === '-') return -primary();
    if (t.startsWith('{')) {
      const id = t.slice(1, -1);
      const v = lookup(id);
      if (v === undefined) fail(`unknown value id "${id}"`);
      return v as number;
    }
    const n = Number(t);
    if (!Number.isFinite(n)) fail(`unexpected "${t}"`);
    return n;
  }
  function product(): number {
    let v = primary();
    while (peek() === '*' || peek() === '/') v = tokens[i++] === '*' ? v * primary() : v / primary();
    return v;
  }
  function sum(): number {
    let v = product();
    while (peek() === '+' || peek() === '-') v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  }

  const value = sum();
  if (i < tokens.length) fail(`unexpected "${tokens[i]}"`);
  return value;
}

function tokenize(formula: string): string[] {
  const re = /\s*(\{[^}]*\}|\d+(?:\.\d+)?|[-+*/()]|\S)/gy;
  return [...formula.matchAll(re)].map((m) => m[1] ?? '');
}

/** Decimals written in a stated value: 33.1 → 1, 46 → 0. */
export function statedDecimals(value: number): number {
  const s = String(value);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Does `computed` round to `stated` at the precision the editor wrote? */
export function reproduces(computed: number, stated: number): boolean {
  const half = 0.5 * 10 ** -statedDecimals(stated);
  return Math.abs(computed - stated) <= half + 1e-9;
}

/**
 * The derivation cycles among values: each is the path `a → b → … → a` through the
 * formulas' inputs. A value computed from itself checks nothing, even when the numbers agree.
 */
export function formulaCycles(inputsOf: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (id: string) => {
    if (onPath.has(id)) {
      cycles.push([...path.slice(path.indexOf(id)), id]);
      return;
    }
    if (done.has(id)) return;
    onPath.add(id);
    path.push(id);
    for (const input of inputsOf.get(id) ?? []) visit(input);
    path.pop();
    onPath.delete(id);
    done.add(id);
  };
  for (const id of inputsOf.keys()) visit(id);
  return cycles;
}
