/**
 * The filter state of /chiffres/, as the address carries it (`?statut=estimation&q=fibre`), and
 * which rows it keeps and in which order. Pure: shared by the page (option values) and its enhancer.
 */
import type { VALUE_STATUSES } from '../../content/schemas.ts';

type Status = (typeof VALUE_STATUSES)[number];

/** URL parameter (and form field) names, in French. */
export const FILTER_PARAMS = { theme: 'theme', status: 'statut', source: 'source', year: 'annee', q: 'q', sort: 'tri' } as const;

/** Statuses as they appear in addresses: short French words. */
export const STATUS_SLUGS: Record<Status, string> = {
  budgeted: 'budget',
  'programme-authorisation': 'autorisation',
  'announced-change': 'annonce',
  reported: 'publie',
  'derived-estimate': 'estimation',
};

export type FilterKey = keyof typeof FILTER_PARAMS;
export type FilterState = Record<FilterKey, string>;

/** What a row exposes to the filter (its data-* attributes). */
export interface FilterRow {
  theme: string;
  status: string;
  source: string;
  year: string;
  value: number;
  order: number;
  text: string;
}

/** The state read from a query string; unknown parameters are ignored, missing ones are empty. */
export function readState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state = {} as FilterState;
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [FilterKey, string][]) state[key] = (params.get(param) ?? '').trim();
  return state;
}

/** The query string of a state, empty fields left out (`?statut=estimation&q=fibre`, or ''). */
export function writeState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [FilterKey, string][]) if (state[key]) params.set(param, state[key]);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Case- and accent-insensitive form of a text, for the text filter. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Does the row pass every filter of the state? The text filter needs every word, in any order. */
export function keeps(row: FilterRow, state: FilterState): boolean {
  if (state.theme && row.theme !== state.theme) return false;
  if (state.status && row.status !== state.status) return false;
  if (state.source && row.source !== state.source) return false;
  if (state.year && row.year !== state.year) return false;
  const text = fold(row.text);
  return fold(state.q).split(/\s+/).filter(Boolean).every((w) => text.includes(w));
}

/** Sort comparator for a `tri` value: dossier order, year, or value up or down (ties keep dossier order). */
export function compareRows(sort: string): (a: FilterRow, b: FilterRow) => number {
  const key = (a: FilterRow, b: FilterRow): number => {
    if (sort === 'annee') return Number(a.year) - Number(b.year);
    if (sort === 'valeur-croissante') return a.value - b.value;
    if (sort === 'valeur-decroissante') return b.value - a.value;
    return 0;
  };
  return (a, b) => key(a, b) || a.order - b.order;
}
