/**
 * French typography of prose: the one no-break space (src/lib/editorial/french-spacing.ts) before : ; ! ?
 * and inside « », curly apostrophes, guillemets instead of straight quotes, “ ” for quotes nested
 * in « », and (in MDX articles) numbers with a unit that belong in a <Figure>. Pure: returns
 * issues, each with a suggested fix, and mends the mechanical ones. The rules run on a "prose"
 * string where everything else is masked (see mdx-prose.ts; yaml-typography.ts for data files).
 */
import { MASK, proseMask } from '../content/mdx-prose.ts';
import { lineColumn, parseMdx } from '../content/mdx-tree.ts';
import { PUNCT_SPACE } from './french-spacing.ts';

/** A replacement of `source.slice(start, end)` by `text`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** One typography problem, at an offset of the text checked. */
export interface ProseIssue {
  index: number;
  message: string;
  /** Present when `--fix` can mend it without a human decision. */
  fix?: Fix;
}

/** One typography problem. */
export interface TypoIssue {
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  message: string;
  fix?: Fix;
}

/** A figure a typed number might stand for, to suggest its id. */
export interface KnownFigure {
  id: string;
  value: number;
  unit: string;
}

export interface ProseOptions {
  /** The text is printed inside « » (a quotation, a source's title): its own « » nest. */
  quoted?: boolean;
}

const SPACES = ' \u00a0\u202f';
const name = (c: string) => (c === '«' || c === '»' ? c : `"${c}"`);
const USE = 'use a narrow no-break space (U+202F)';
const UNIT = String.raw`(?:M€|Md€|k€|€|%|millions?\b|milliards?\b|euros?\b|pour\s?cent\b)`;
const NUMBER_WITH_UNIT = new RegExp(String.raw`(?<![\p{L}\d§])(\d[\d\u00a0\u202f]*(?:[,.]\d+)?)[\s\u00a0\u202f]*${UNIT}`, 'gu');

/**
 * Guillemets that sit inside other guillemets (or inside the « » a quoted text is printed in):
 * offsets of each nested « and », and of each straight double quote pair start inside « ».
 */
function nestedGuillemets(prose: string, quoted: boolean): Set<number> {
  const nested = new Set<number>();
  let depth = quoted ? 1 : 0;
  for (let i = 0; i < prose.length; i++) {
    if (prose[i] === '«') {
      if (depth >= 1) nested.add(i);
      depth++;
    } else if (prose[i] === '»' && depth > 0) {
      depth--;
      if (depth >= 1) nested.add(i);
    }
  }
  return nested;
}

/** Depth of « » at each offset (quoted texts start at 1). */
const depthAt = (prose: string, index: number, quoted: boolean) => {
  let depth = quoted ? 1 : 0;
  for (let i = 0; i < index; i++) {
    if (prose[i] === '«') depth++;
    else if (prose[i] === '»' && depth > 0) depth--;
  }
  return depth;
};

/** The punctuation and quote-mark rules on a masked prose string (MASK = not prose). */
export function proseIssues(prose: string, { quoted = false }: ProseOptions = {}): ProseIssue[] {
  const issues: ProseIssue[] = [];
  const at = (index: number, message: string, fix?: Fix) => issues.push({ index, message, ...(fix ? { fix } : {}) });
  const nested = nestedGuillemets(prose, quoted);

  for (const i of nested) {
    if (prose[i] === '«') {
      let end = i + 1;
      while (SPACES.includes(prose[end] ?? 'x') && prose[end] !== undefined) end++;
      at(i, '« inside « »: use “ (French nests « “ ” »)', { start: i, end, text: '“' });
    } else {
      let start = i;
      while (start > 0 && SPACES.includes(prose[start - 1] ?? 'x')) start--;
      at(start, '» inside « »: use ” (French nests « “ ” »)', { start, end: i + 1, text: '”' });
    }
  }
  for (const m of prose.matchAll(/([ \u00a0])([:;!?»])/g)) {
    const c = m[2] ?? '';
    if (nested.has(m.index + 1)) continue;
    const what = m[1] === ' ' ? 'plain space' : 'no-break space U+00A0';
    at(m.index, `${what} before ${name(c)}: ${USE}`, { start: m.index, end: m.index + 1, text: PUNCT_SPACE });
  }
  for (const m of prose.matchAll(/([\p{L}\p{N}).…’])([;!?»])/gu)) {
    const index = m.index + 1;
    if (nested.has(index)) continue;
    at(index, `no space before ${name(m[2] ?? '')}: add a narrow no-break space (U+202F)`, { start: index, end: index, text: PUNCT_SPACE });
  }
  for (const m of prose.matchAll(/(\p{L})(:)(?=[ \n]|$)/gu)) {
    const index = m.index + 1;
    at(index, 'no space before ":": add a narrow no-break space (U+202F)', { start: index, end: index, text: PUNCT_SPACE });
  }
  for (const m of prose.matchAll(/«(.)/gu)) {
    const next = m[1] ?? '';
    if (nested.has(m.index) || next === PUNCT_SPACE || next === '\n' || next === MASK) continue;
    const index = m.index + 1;
    const replaces = next === ' ' || next === '\u00a0';
    const what = next === ' ' ? 'plain space' : next === '\u00a0' ? 'no-break space U+00A0' : 'no space';
    at(index, `${what} after «: ${USE}`, { start: index, end: replaces ? index + 1 : index, text: PUNCT_SPACE });
  }
  for (const m of prose.matchAll(/'/g)) {
    const between = /\p{L}/u.test(prose[m.index - 1] ?? '') && /[\p{L}\p{N}]/u.test(prose[m.index + 1] ?? '');
    if (between) at(m.index, 'straight apostrophe: use ’', { start: m.index, end: m.index + 1, text: '’' });
    else at(m.index, 'straight quote: use « … » with narrow no-break spaces');
  }
  const doubles = [...prose.matchAll(/"/g)].map((m) => m.index);
  for (let k = 0; k < doubles.length; k++) {
    const open = doubles[k] ?? 0;
    const close = doubles[k + 1];
    if (close !== undefined && !prose.slice(open, close).includes('\n')) {
      const inner = prose.slice(open + 1, close).trim();
      const inside = depthAt(prose, open, quoted) >= 1;
      at(
        open,
        inside ? 'straight quotes inside « »: use “ … ”' : 'straight quotes: use « … » with narrow no-break spaces',
        { start: open, end: close + 1, text: inside ? `“${inner}”` : `«${PUNCT_SPACE}${inner}${PUNCT_SPACE}»` },
      );
      k++;
    } else at(open, 'straight quote: use « … » with narrow no-break spaces');
  }
  return issues;
}

export { lineColumn };

/** Typography issues of an MDX file. `figures` lets the message suggest a figure id. */
export function checkTypography(source: string, figures: KnownFigure[] = []): TypoIssue[] {
  const prose = proseMask(source);
  if (prose === undefined) {
    const parsed = parseMdx(source);
    const at = 'error' in parsed ? parsed.error : { line: 1, column: 1, reason: '' };
    return [{ line: at.line, column: at.column, message: `the MDX cannot be read here (${at.reason}): fix the syntax first (npm run check explains it)` }];
  }
  const bodyStart = source.startsWith('---\n') ? source.indexOf('\n---', 3) : 0;
  const found: ProseIssue[] = proseIssues(prose);
  for (const m of prose.matchAll(NUMBER_WITH_UNIT)) {
    if (m.index < bodyStart) continue;
    found.push({ index: m.index, message: `"${m[0].trim()}" is typed into the prose: numbers come from the data. ${suggestFigure(m[1] ?? '', figures)}` });
  }
  return found
    .map(({ index, message, fix }) => ({ ...lineColumn(source, index), message, ...(fix ? { fix } : {}) }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The text with every mechanical fix applied (later fixes first, overlaps skipped). */
export function applyFixes(source: string, issues: { fix?: Fix }[]): string {
  const fixes = issues.flatMap((i) => (i.fix ? [i.fix] : [])).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = source;
  let floor = Infinity;
  for (const f of fixes) {
    if (f.end > floor) continue;
    out = out.slice(0, f.start) + f.text + out.slice(f.end);
    floor = f.start;
  }
  return out;
}

/** A plain string of prose (e.g. a new title) with the mechanical fixes applied. */
export function fixProse(text: string, options: ProseOptions = {}): string {
  let out = text;
  // Fixes can uncover others (a nested « becomes “, then its neighbour's space is checked): settle.
  for (let round = 0; round < 3; round++) {
    const next = applyFixes(out, proseIssues(out, options));
    if (next === out) break;
    out = next;
  }
  return out;
}

function suggestFigure(typed: string, figures: KnownFigure[]): string {
  const value = Number(typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  const matches = figures.filter((f) => f.value === value).map((f) => `<Figure id="${f.id}" />`);
  return matches.length
    ? `Write ${matches.join(' or ')} instead`
    : 'Add the value to content/data/ with its source, then write <Figure id="…" />';
}
