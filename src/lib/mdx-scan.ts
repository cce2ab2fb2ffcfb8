/**
 * A small scanner over an MDX article that tells prose from everything else
 * (frontmatter, tags and their attributes, `{…}` expressions and comments, code,
 * import lines, URLs) and notes the syntax traps editors fall into. Pure.
 *
 * It is not an MDX parser: it knows just enough to keep the typography check off
 * code and to explain the two classic traps (`<!-- -->`, a stray `{`) before the MDX
 * compiler reports them in its own words.
 */

/** Stands for a character that is not prose; same length as the source. */
export const MASK = '\u0001';

/** A syntax trap: where, and what to do. */
export interface MdxTrap {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface MdxScan {
  /** The source with every non-prose character replaced by MASK (newlines kept). */
  prose: string;
  traps: MdxTrap[];
}

/** Frontmatter keys whose values are prose readers see. */
export const PROSE_KEYS = ['title', 'standfirst', 'description'] as const;

const HTML_COMMENT = 'HTML comments `<!-- … -->` do not work in MDX: write `{/* … */}` instead';
const LONE_PARAGRAPH =
  'a `<p>` alone on its line: MDX wraps the text below it in a second paragraph, which is invalid HTML. Write the paragraph as plain text between blank lines';
const STRAY_BRACE =
  'a `{` in the text: in MDX a brace opens code, so the page cannot build. Remove it, write `\\{` to show a brace, or `{/* … */}` for a comment';

/** Scans an MDX file (frontmatter included). */
export function scanMdx(source: string): MdxScan {
  const out = source.split('');
  const traps: MdxTrap[] = [];
  const lineAt = (i: number) => source.slice(0, i).split('\n').length;
  const mask = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = MASK;
  };

  let i = maskFrontmatter(source, mask);
  let lineStart = true;
  while (i < source.length) {
    const rest = source.slice(i, i + 4);
    const ch = source[i] ?? '';
    if (lineStart) {
      const line = source.slice(i, source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i));
      const fence = /^\s*(```|~~~)/.exec(line);
      if (/^(import|export)\s/.test(line)) {
        mask(i, i + line.length);
        i += line.length;
        continue;
      }
      if (fence) {
        const close = source.indexOf(`\n${fence[1]}`, i + line.length);
        const end = close === -1 ? source.length : source.indexOf('\n', close + 1) === -1 ? source.length : source.indexOf('\n', close + 1);
        mask(i, end);
        i = end;
        continue;
      }
      const footnote = /^\[\^[^\]]+\]:/.exec(line);
      if (footnote) mask(i, i + footnote[0].length);
    }
    lineStart = ch === '\n';
    if (ch === '\\') {
      i += 2;
    } else if (ch === '`') {
      const end = source.indexOf('`', i + 1);
      const stop = end === -1 ? i + 1 : end + 1;
      mask(i, stop);
      i = stop;
    } else if (rest === '<!--') {
      traps.push({ line: lineAt(i), message: HTML_COMMENT });
      const end = source.indexOf('-->', i);
      const stop = end === -1 ? source.length : end + 3;
      mask(i, stop);
      i = stop;
    } else if (ch === '<' && /[A-Za-z/]/.test(source[i + 1] ?? '')) {
      const stop = skipBalanced(source, i + 1, '>', 0);
      mask(i, stop);
      // A `title="…"` (e.g. <Note title="…">) is a heading readers see: its text is prose.
      for (const m of source.slice(i, stop).matchAll(/\stitle="([^"{}]*)"/g)) {
        const from = i + m.index + m[0].length - 1 - (m[1] ?? '').length;
        for (let k = from; k < from + (m[1] ?? '').length; k++) out[k] = source[k] ?? '';
      }
      i = stop;
    } else if (ch === '{') {
      const comment = source.startsWith('{/*', i);
      if (!comment) traps.push({ line: lineAt(i), message: STRAY_BRACE });
      const stop = comment ? closeComment(source, i) : skipBalanced(source, i + 1, '}', 0);
      mask(i, stop);
      i = stop;
    } else if (/^https?:\/\//.test(source.slice(i, i + 8))) {
      const m = /^https?:\/\/[^\s)<>"\]]*/.exec(source.slice(i));
      const stop = i + (m?.[0].length ?? 1);
      mask(i, stop);
      i = stop;
    } else if (source.startsWith('](', i)) {
      const end = source.indexOf(')', i);
      const stop = end === -1 ? i + 2 : end + 1;
      mask(i + 1, stop);
      i = stop;
    } else if (source.startsWith('[^', i)) {
      const end = source.indexOf(']', i);
      const stop = end === -1 ? i + 2 : end + 1;
      mask(i, stop);
      i = stop;
    } else {
      i += 1;
    }
  }
  traps.push(...loneParagraphs(source));
  traps.sort((a, b) => a.line - b.line);
  return { prose: out.join(''), traps };
}

/** Masks the frontmatter except the values of prose keys; returns where the body starts. */
function maskFrontmatter(source: string, mask: (from: number, to: number) => void): number {
  if (!source.startsWith('---\n')) return 0;
  const close = source.indexOf('\n---', 3);
  if (close === -1) return 0;
  const end = source.indexOf('\n', close + 1) === -1 ? source.length : source.indexOf('\n', close + 1);
  let offset = 0;
  let inBlock = false;
  for (const line of source.slice(0, end).split('\n')) {
    const key = /^([A-Za-z]+):\s*/.exec(line);
    const isProseKey = key !== null && (PROSE_KEYS as readonly string[]).includes(key[1] ?? '');
    if (inBlock && /^\s+\S/.test(line)) {
      const indent = /^\s+/.exec(line)?.[0].length ?? 0;
      mask(offset, offset + indent);
    } else if (isProseKey && key) {
      const value = line.slice(key[0].length).trimEnd();
      inBlock = /^[>|][-+]?$/.test(value);
      const quoted = /^(["']).*\1$/.test(value) && value.length > 1;
      const from = offset + key[0].length + (quoted ? 1 : 0);
      const to = offset + key[0].length + value.length - (quoted ? 1 : 0);
      mask(offset, inBlock ? offset + line.length : from);
      if (!inBlock) mask(to, offset + line.length);
    } else {
      inBlock = false;
      mask(offset, offset + line.length);
    }
    offset += line.length + 1;
  }
  return end;
}

/** Index just past the `close` character that balances an opening one, skipping strings. */
function skipBalanced(source: string, from: number, close: '>' | '}', depth: number): number {
  let d = depth;
  for (let k = from; k < source.length; k++) {
    const c = source[k];
    if (c === '"' || c === "'" || c === '`') {
      const end = source.indexOf(c, k + 1);
      if (end === -1) return source.length;
      k = end;
    } else if (c === '{') d++;
    else if (c === '}') {
      if (d === 0 && close === '}') return k + 1;
      d--;
    } else if (c === '>' && close === '>' && d === 0) return k + 1;
  }
  return source.length;
}

function closeComment(source: string, from: number): number {
  const end = source.indexOf('*/}', from);
  return end === -1 ? source.length : end + 3;
}

/** `<p>` tags alone on their line, whose text MDX would wrap in a second `<p>`. */
function loneParagraphs(source: string): MdxTrap[] {
  return source
    .split('\n')
    .flatMap((text, i) => (/^\s*<p(\s[^>]*)?>\s*$/.test(text) ? [{ line: i + 1, message: LONE_PARAGRAPH }] : []));
}
