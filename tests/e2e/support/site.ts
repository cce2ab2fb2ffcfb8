/** What the tests know of the built site: its pages, read from `dist/`, and the content files. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { distPages } from '../../../src/cli/dist-pages.ts';

/** URL paths of every built HTML page, e.g. `/`, `/entretien/…/`, `/404.html`. */
export const builtPages = (): string[] => distPages('dist');

/** The quotation store (every source), as editors keep it. */
export function quotations(): Record<string, { text: string; speaker?: string; source: string; locator: string }> {
  return parse(readFileSync('content/quotations.yaml', 'utf8'));
}

/** The interview's allowed quotations only. */
export function interviewQuotations(): ReturnType<typeof quotations> {
  return Object.fromEntries(Object.entries(quotations()).filter(([, q]) => q.source === 'lyon-entreprises-entretien-wauquiez-2016'));
}

export const INTERVIEW = '/entretien/laurent-wauquiez-numerique-2016/';

export const COMPARISON = '/analyse/comparaison-queyranne-wauquiez/';

/** The comparison data, as editors keep it. */
export function comparison(): {
  priorities: { id: string; title: string }[];
  plan: { id: string; title: string; short: string }[];
  links: { priority: string; plan: string; strength: string; reason: string; quotes: string[] }[];
  gaps: { side: string; item: string; reason: string }[];
} {
  return parse(readFileSync('content/data/comparaison-2015-2016.yaml', 'utf8'));
}

/** Collapses runs of white space, as the browser's text rendering does. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
