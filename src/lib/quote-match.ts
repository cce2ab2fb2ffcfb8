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

/** An allowed quotation, by id. */
export interface AllowedQuote {
  id: string;
  text: string;
}

/** A passage that looks like an allowed quotation typed by hand. */
export interface HandTypedQuote {
  /** 1-based line of the opening mark, in the text given. */
  line: number;
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

/** Every passage in quote marks that matches an allowed quotation. */
export function findHandTypedQuotes(text: string, allowed: AllowedQuote[]): HandTypedQuote[] {
  const quotes = allowed.map((q) => ({ id: q.id, words: normaliseWords(q.text) }));
  const found: HandTypedQuote[] = [];
  for (const m of text.matchAll(PASSAGE)) {
    const typed = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\s+/g, ' ').trim();
    const words = normaliseWords(typed);
    if (words.split(' ').length < 3) continue;
    const line = text.slice(0, m.index).split('\n').length;
    const match = classify(words, quotes);
    if (match) found.push({ line, typed, ...match });
  }
  return found;
}

function classify(words: string, quotes: { id: string; words: string }[]): Pick<HandTypedQuote, 'id' | 'kind'> | undefined {
  for (const q of quotes) if (q.words === words) return { id: q.id, kind: 'same' };
  for (const q of quotes) if (` ${q.words} `.includes(` ${words} `)) return { id: q.id, kind: 'part' };
  for (const q of quotes) if (distance(q.words, words) <= NEAR * Math.max(q.words.length, words.length)) return { id: q.id, kind: 'near' };
  return undefined;
}
