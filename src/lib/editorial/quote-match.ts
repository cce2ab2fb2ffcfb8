/**
 * Finds allowed quotations typed by hand in prose, between « » or quotes, so that
 * their words cannot drift from the source. Pure.
 *
 * What it can see: a passage between « … », “ … ” or "…" whose words are those of an
 * allowed quotation, a part of one (three words or more), or nearly one (at most a
 * quarter of its letters differ: a typo, a changed word, a missing accent). What it
 * cannot see: a quotation typed without quote marks, or a heavy paraphrase; a short
 * title in « » that happens to share words with a quotation is, rightly, left alone.
 */
import { distance } from 'fastest-levenshtein';
import { lineColumn } from '../content/mdx-tree.ts';

/** An allowed quotation, by id. */
export interface AllowedQuote {
  id: string;
  text: string;
}

/** A passage that looks like an allowed quotation typed by hand. */
export interface HandTypedQuote {
  /** 1-based line and column of the opening mark, in the text given. */
  line: number;
  column: number;
  /** The passage as typed, without its marks. */
  typed: string;
  id: string;
  /** "same": identical words; "part": a part of it; "near": nearly the same. */
  kind: 'same' | 'part' | 'near';
}

/** Lowercase words without accents or punctuation, for comparison. */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const PASSAGE = /«([^»]*)»|“([^”]*)”|"([^"\n]*)"/g;
const NEAR = 0.25;

/**
 * Every passage in quote marks that matches an allowed quotation. `text` may be a prose mask
 * (src/lib/content/mdx-prose.ts: code and tags blanked, same length); the passage is then shown as
 * typed in `source`.
 */
export function findHandTypedQuotes(text: string, allowed: AllowedQuote[], source = text): HandTypedQuote[] {
  const quotes = allowed.map((q) => ({ id: q.id, words: normaliseWords(q.text) }));
  const found: HandTypedQuote[] = [];
  for (const m of text.matchAll(PASSAGE)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    const words = normaliseWords(inner);
    if (words.split(' ').length < 3) continue;
    const typed = source.slice(m.index + 1, m.index + 1 + inner.length).replace(/\s+/g, ' ').trim();
    const match = classify(words, quotes);
    if (match) found.push({ ...lineColumn(text, m.index), typed, ...match });
  }
  return found;
}

function classify(words: string, quotes: { id: string; words: string }[]): Pick<HandTypedQuote, 'id' | 'kind'> | undefined {
  for (const q of quotes) if (q.words === words) return { id: q.id, kind: 'same' };
  for (const q of quotes) if (` ${q.words} `.includes(` ${words} `)) return { id: q.id, kind: 'part' };
  for (const q of quotes) if (distance(q.words, words) <= NEAR * Math.max(q.words.length, words.length)) return { id: q.id, kind: 'near' };
  return undefined;
}

/** A passage in « » of data prose that is neither a stored quotation shown by id nor a title. */
export interface ProseQuote {
  /** The passage as typed, without its marks. */
  typed: string;
  /** The stored quotation it repeats by hand, if any. */
  id?: string;
}

/** Words from which a passage in « » counts as a quotation rather than a name (« Numérique », « histoire »). */
export const QUOTED_WORDS_MIN = 3;

/** Outermost « … » passages of a text (a nested « » stays inside its passage). */
function guillemetPassages(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') {
      if (depth++ === 0) start = i + 1;
    } else if (text[i] === '»' && depth > 0 && --depth === 0) found.push(text.slice(start, i));
  }
  return found;
}

/**
 * Quoted passages in prose kept in data files (labels, notes, chart copy, reasons). Such
 * prose cannot show a quotation by id inline, so the rule is strict: a passage in « » of
 * QUOTED_WORDS_MIN words or more is an error unless it is a title (of a source, of a report's
 * priority). Quoted words go through the store: `quote:` on a figure, `quotes:` on a comparison.
 */
export function findProseQuotes(text: string, allowed: AllowedQuote[], titles: string[]): ProseQuote[] {
  const titleWords = titles.map(normaliseWords);
  const quotes = allowed.map((q) => ({ id: q.id, words: normaliseWords(q.text) }));
  const found: ProseQuote[] = [];
  for (const passage of guillemetPassages(text)) {
    const typed = passage.replace(/\s+/g, ' ').trim();
    const words = normaliseWords(typed);
    // Words as typed (a hyphenated name such as Rhône-Alpes is one word).
    if (!words || typed.split(' ').length < QUOTED_WORDS_MIN) continue;
    if (titleWords.some((t) => t === words || ` ${t} `.includes(` ${words} `))) continue;
    const match = classify(words, quotes);
    found.push({ typed, ...(match ? { id: match.id } : {}) });
  }
  return found;
}
