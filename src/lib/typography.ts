/**
 * French typography of an MDX article's prose: no-break spaces around « » : ; ! ?,
 * curly apostrophes and guillemets instead of straight quotes, and numbers with a unit
 * that belong in a <Figure>. Pure: returns issues, each with a suggested fix, and
 * mends the mechanical ones. Only prose is looked at (see mdx-scan.ts).
 */
import { MASK, scanMdx } from './mdx-scan.ts';
import { NBSP, NNBSP } from './format.ts';

/** A replacement of `source.slice(start, end)` by `text`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** One typography problem. */
export interface TypoIssue {
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  message: string;
  /** Present when `--fix` can mend it without a human decision. */
  fix?: Fix;
}

/** A figure a typed number might stand for, to suggest its id. */
export interface KnownFigure {
  id: string;
  value: number;
  unit: string;
}

const NOBREAK = `${NBSP}${NNBSP}`;
const name = (c: string) => (c === '«' || c === '»' ? c : `"${c}"`);
/** The no-break space French puts before a mark: a word space before ":", a thin one elsewhere. */
const spaceBefore = (c: string) => (c === ':' ? NBSP : NNBSP);
const UNIT = String.raw`(?:M€|Md€|k€|€|%|millions?\b|milliards?\b|euros?\b|pour\s?cent\b)`;
const NUMBER_WITH_UNIT = new RegExp(String.raw`(?<![\p{L}\d§])(\d[\d\u00a0\u202f]*(?:[,.]\d+)?)[\s\u00a0\u202f]*${UNIT}`, 'gu');

/** Typography issues of an MDX file. `figures` lets the message suggest a figure id. */
export function checkTypography(source: string, figures: KnownFigure[] = []): TypoIssue[] {
  const { prose } = scanMdx(source);
  const bodyStart = source.startsWith('---\n') ? source.indexOf('\n---', 3) : 0;
  const issues: TypoIssue[] = [];
  const at = (index: number, message: string, fix?: Fix) => {
    const before = source.slice(0, index).split('\n');
    issues.push({ line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message, ...(fix ? { fix } : {}) });
  };

  for (const m of prose.matchAll(/ ([:;!?»])/g)) {
    const c = m[1] ?? '';
    at(m.index, `plain space before ${name(c)}: use a no-break space`, { start: m.index, end: m.index + 1, text: spaceBefore(c) });
  }
  for (const m of prose.matchAll(/([\p{L}\p{N}).…’])([;!?»])/gu)) {
    const c = m[2] ?? '';
    const index = m.index + 1;
    at(index, `no space before ${name(c)}: add a no-break space`, { start: index, end: index, text: spaceBefore(c) });
  }
  for (const m of prose.matchAll(/(\p{L})(:)(?=[ \n]|$)/gu)) {
    const index = m.index + 1;
    at(index, 'no space before ":": add a no-break space', { start: index, end: index, text: NBSP });
  }
  for (const m of prose.matchAll(/«(.)/gu)) {
    const next = m[1] ?? '';
    if (NOBREAK.includes(next) || next === '\n' || next === MASK) continue;
    const index = m.index + 1;
    at(index, 'after «, use a no-break space', next === ' ' ? { start: index, end: index + 1, text: NNBSP } : { start: index, end: index, text: NNBSP });
  }
  for (const m of prose.matchAll(/'/g)) {
    const between = /\p{L}/u.test(prose[m.index - 1] ?? '') && /[\p{L}\p{N}]/u.test(prose[m.index + 1] ?? '');
    if (between) at(m.index, 'straight apostrophe: use ’', { start: m.index, end: m.index + 1, text: '’' });
    else at(m.index, 'straight quote: use « … » with no-break spaces');
  }
  const doubles = [...prose.matchAll(/"/g)].map((m) => m.index);
  for (let k = 0; k < doubles.length; k++) {
    const open = doubles[k] ?? 0;
    const close = doubles[k + 1];
    if (close !== undefined && !prose.slice(open, close).includes('\n')) {
      const inner = prose.slice(open + 1, close);
      at(open, 'straight quotes: use « … » with no-break spaces', { start: open, end: close + 1, text: `«${NNBSP}${inner.trim()}${NNBSP}»` });
      k++;
    } else at(open, 'straight quote: use « … » with no-break spaces');
  }
  for (const m of prose.matchAll(NUMBER_WITH_UNIT)) {
    if (m.index < bodyStart) continue;
    at(m.index, `"${m[0].trim()}" is typed into the prose: numbers come from the data. ${suggestFigure(m[1] ?? '', figures)}`);
  }
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The text with every mechanical fix applied (later fixes first, overlaps skipped). */
export function applyFixes(source: string, issues: TypoIssue[]): string {
  const fixes = issues.flatMap((i) => (i.fix ? [i.fix] : [])).sort((a, b) => b.start - a.start);
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
export function fixProse(text: string): string {
  const doc = `---\ntitle: ${text}\n---\n`;
  const fixed = applyFixes(doc, checkTypography(doc));
  return fixed.slice('---\ntitle: '.length, -'\n---\n'.length);
}

function suggestFigure(typed: string, figures: KnownFigure[]): string {
  const value = Number(typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  const matches = figures.filter((f) => f.value === value).map((f) => `<Figure id="${f.id}" />`);
  return matches.length
    ? `Write ${matches.join(' or ')} instead`
    : 'Add the value to content/data/ with its source, then write <Figure id="…" />';
}
