/**
 * French typography of the prose kept in YAML (content/data, charts, sources, quotations.yaml):
 * labels, notes, explanations, titles, reasons, descriptions, quotations. Every string value is
 * looked at except codes (`url:`, `formula:`); ids, dates and locators such as "§4" cannot break a
 * rule. `{figure-id}` placeholders and addresses are masked. Pure.
 *
 * Fixes edit the source text of the scalar only (comments, quoting style and line folding stay),
 * then the file is parsed again: a value that did not come out as the rules want (a space lost
 * in a folded line break) is rewritten through the `yaml` CST, which keeps the rest of the file.
 */
import { Composer, CST, isMap, isScalar, isSeq, Parser, parseDocument, type Scalar } from 'yaml';
import { MASK } from '../content/mdx-prose.ts';
import { applyFixes, lineColumn, proseIssues, type Fix, type ProseOptions } from './typography.ts';

/** One typography problem in a YAML file. */
export interface YamlTypoIssue {
  line: number;
  column: number;
  /** Where in the file's structure, e.g. `values[2].note`, `q-fibre.text`. */
  field: string;
  message: string;
  fix?: Fix;
}

/** Values that are codes, not prose. */
const CODE_KEYS = new Set(['url', 'formula', 'id', 'date']);
/** Fields printed inside « » by the pages: their own « » nest as “ ”. */
const QUOTED = (file: string, field: string) =>
  (/quotations\.ya?ml$/.test(file) && /\.text$/.test(field)) ||
  (/sources\/[^/]+\.ya?ml$/.test(file) && field === 'title') ||
  /^priorities\[\d+\]\.title$/.test(field);

interface StringScalar {
  field: string;
  node: Scalar<string>;
}

/** Every string scalar that is a value (not a key), with its field path. */
function stringScalars(node: unknown, field = ''): StringScalar[] {
  if (isScalar(node)) return typeof node.value === 'string' ? [{ field, node: node as Scalar<string> }] : [];
  if (isSeq(node)) return node.items.flatMap((item, i) => stringScalars(item, `${field}[${i}]`));
  if (isMap(node))
    return node.items.flatMap((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      return CODE_KEYS.has(key) ? [] : stringScalars(pair.value, field ? `${field}.${key}` : key);
    });
  return [];
}

/** Masks what is not prose in a string: `{figure-id}` placeholders and addresses. */
function maskCodes(text: string): string {
  return text.replace(/\{[a-z0-9-]+\}|https?:\/\/\S+/g, (m) => MASK.repeat(m.length));
}

/** The source text of a scalar with everything but its prose masked (quotes, block header, indentation). */
function maskedSource(source: string, node: Scalar): string {
  const [start, end] = node.range ?? [0, 0];
  let raw = maskCodes(source.slice(start, end));
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') raw = MASK + raw.slice(1, -1) + MASK;
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
    const header = raw.indexOf('\n');
    raw = MASK.repeat(header) + raw.slice(header);
  }
  return raw.replace(/(^|\n)([ \t]+)/g, (_, nl: string, indent: string) => nl + MASK.repeat(indent.length));
}

/** The value as the rules want it (fixes applied until none is left). */
export function fixValue(value: string, options: ProseOptions = {}): string {
  let out = value;
  for (let round = 0; round < 3; round++) {
    const next = applyFixes(out, proseIssues(maskCodes(out), options));
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Typography issues of a YAML file (`file` names it, to know which fields are quoted). */
export function checkYamlTypography(source: string, file: string): YamlTypoIssue[] {
  const doc = parseDocument(source);
  const issues: YamlTypoIssue[] = [];
  const [error] = doc.errors;
  if (error) {
    const at = error.linePos?.[0] ?? { line: 1, col: 1 };
    return [{ line: at.line, column: at.col, field: 'YAML', message: `${error.message.split('\n')[0]}: fix the file first (npm run check explains it)` }];
  }
  for (const { field, node } of stringScalars(doc.contents)) {
    const options = { quoted: QUOTED(file, field) };
    const [start] = node.range ?? [0];
    const found = proseIssues(maskedSource(source, node), options);
    for (const i of found) {
      const fix = i.fix && { start: i.fix.start + start, end: i.fix.end + start, text: i.fix.text };
      issues.push({ ...lineColumn(source, start + i.index), field, message: i.message, ...(fix ? { fix } : {}) });
    }
    // A rule broken only once lines are folded (e.g. « at a line end) shows in the value alone.
    if (!found.length && fixValue(node.value, options) !== node.value)
      issues.push({ ...lineColumn(source, start), field, message: 'a space across a line break breaks a rule (e.g. « at the end of a line): npm run typography -- --fix mends it' });
  }
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The YAML text with every mechanical fix applied, comments and layout kept; checked by parsing it again. */
export function fixYamlTypography(source: string, file: string): string {
  const before = parseDocument(source);
  const wanted = new Map(stringScalars(before.contents).map(({ field, node }) => [field, fixValue(node.value, { quoted: QUOTED(file, field) })]));
  const edited = applyFixes(source, checkYamlTypography(source, file));
  const wrong = stringScalars(parseDocument(edited).contents).filter(({ field, node }) => wanted.get(field) !== node.value);
  if (!wrong.length) return edited;
  // Rewrite those scalars through the CST: only their tokens change.
  const tokens = [...new Parser().parse(edited)];
  const [doc] = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const byField = new Map(stringScalars(doc?.contents).map((s) => [s.field, s.node]));
  for (const { field } of wrong) {
    const token = byField.get(field)?.srcToken;
    const value = wanted.get(field);
    if (token && value !== undefined && CST.isScalar(token)) CST.setScalarValue(token, value, { afterKey: true }); // afterKey: indent a block scalar under its key or dash
  }
  const out = tokens.map((t) => CST.stringify(t)).join('');
  const still = stringScalars(parseDocument(out).contents).filter(({ field, node }) => wanted.get(field) !== node.value);
  if (still.length) throw new Error(`could not fix ${still.map((s) => s.field).join(', ')} without changing its meaning: fix by hand`);
  return out;
}
