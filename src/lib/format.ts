/**
 * French number formatting, in one place.
 *
 * We define the fr-FR locale for d3-format explicitly instead of relying on the
 * engine's Intl data: Node and Chromium ship different ICU versions whose spaces
 * differ (U+00A0 vs U+202F before "%"), and a chart re-laid out in the browser
 * must print exactly what the server rendered.
 */
import { formatLocale, type FormatLocaleDefinition, type FormatLocaleObject } from 'd3-format';

/** Narrow no-break space (U+202F): thousands separator and before "%", as Intl's fr-FR. */
export const NNBSP = '\u202f';
/** No-break space (U+00A0): between a number and its unit. */
export const NBSP = '\u00a0';

const base: Omit<FormatLocaleDefinition, 'currency'> = { decimal: ',', thousands: NNBSP, grouping: [3], percent: `${NNBSP}%`, minus: '\u2212' };

/** Plain numbers, percentages and euros. */
const fr: FormatLocaleObject = formatLocale({ ...base, currency: ['', `${NBSP}€`] });
/** Millions of euros: the currency suffix is "M€". */
const frMillions: FormatLocaleObject = formatLocale({ ...base, currency: ['', `${NBSP}M€`] });

/** A bare French number, up to `decimals` decimals: `33,0935`, `1 250`. */
export function formatNumber(value: number, decimals = 4): string {
  return fr.format(`,.${decimals}~f`)(value);
}

/** Units a dataset value may carry; the formatter of each lives below. */
export const UNITS = ['M€', '€', '%', 'pts', 'count', 'm²', 'ha'] as const;
export type Unit = (typeof UNITS)[number];

export interface FormatOptions {
  /** Show "+" on positive values (a change rather than a level). */
  signed?: boolean;
  /** Most decimals to show; trailing zeros are dropped. Default 1. */
  decimals?: number;
}

/** `46 M€`, `1,5 M€`, `33,1 M€` from a value in millions of euros. */
export function formatMillionEuros(millions: number, options: FormatOptions = {}): string {
  return frMillions.format(spec('$', options))(millions);
}

/** `+39 %`, `3,3 %` from a value in percent (39 means 39 %). */
export function formatPercent(percent: number, options: FormatOptions = {}): string {
  // d3's "%" type multiplies by 100: feed it the fraction.
  return fr.format(spec('', options, '%'))(percent / 100);
}

/** `57 141`, `28 000 €`, `7 000 m²`: any value with its unit, French style. */
export function formatValue(value: number, unit: Unit, options: FormatOptions = {}): string {
  switch (unit) {
    case 'M€':
      return formatMillionEuros(value, options);
    case '%':
      return formatPercent(value, options);
    case '€':
      return fr.format(spec('$', options))(value);
    case 'pts':
      return `${fr.format(spec('', options))(value)}${NBSP}pts`;
    case 'm²':
    case 'ha':
      return `${fr.format(spec('', options))(value)}${NBSP}${unit}`;
    case 'count':
      return fr.format(spec('', options))(value);
  }
}

/** Builds a d3-format specifier: sign, currency, grouping, trimmed fixed decimals. */
function spec(symbol: '$' | '', { signed = false, decimals = 1 }: FormatOptions, type = 'f'): string {
  return `${signed ? '+' : ''}${symbol},.${decimals}~${type}`;
}
