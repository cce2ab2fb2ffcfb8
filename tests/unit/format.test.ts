/**
 * French number formatting: the exact characters readers get, written out here (not read from
 * the module's constants) so a changed space is caught. No expectation comes from the engine's
 * Intl data: Node and Chromium ship ICU versions that differ (U+00A0 or U+202F before "%").
 */
import { describe, expect, test, vi } from 'vitest';
import { formatMillionEuros, formatNumber, formatPercent, formatValue } from '../../src/lib/format.ts';
import { figureText, formulaForReaders } from '../../src/lib/figures.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';

/** U+202F: thousands and before "%"; U+00A0: between a number and its unit. */
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatMillionEuros()', () => {
  test('prints whole and decimal millions with a comma and a no-break space', () => {
    expect(formatMillionEuros(46)).toBe(`46${NBSP}M€`);
    expect(formatMillionEuros(1.5)).toBe(`1,5${NBSP}M€`);
    expect(formatMillionEuros(33.0935)).toBe(`33,1${NBSP}M€`);
  });
  test('groups thousands with a narrow no-break space', () => {
    expect(formatMillionEuros(1250)).toBe(`1${NNBSP}250${NBSP}M€`);
    expect(formatValue(57141, 'count')).toBe(`57${NNBSP}141`);
  });
});

describe('formatNumber()', () => {
  test('prints a bare number with a decimal comma, grouped thousands and trimmed decimals', () => {
    expect(formatNumber(33.09352)).toBe('33,0935');
    expect(formatNumber(1250)).toBe(`1${NNBSP}250`);
    expect(formatNumber(46)).toBe('46');
  });
});

describe('formatPercent()', () => {
  test('signs a change and puts a narrow no-break space before %', () => {
    expect(formatPercent(39, { signed: true })).toBe(`+39${NNBSP}%`);
    expect(formatPercent(3.26)).toBe(`3,3${NNBSP}%`);
  });
  test('uses a true minus sign for decreases', () => {
    expect(formatPercent(-12)).toBe(`\u221212${NNBSP}%`);
  });
});

describe('figureText() and formulaForReaders()', () => {
  test('print a dataset value with its unit and sign', () => {
    expect(figureText({ value: 39, unit: '%', signed: true })).toBe(`+39${NNBSP}%`);
    expect(figureText({ value: 28000, unit: '€', signed: false })).toBe(`28${NNBSP}000${NBSP}€`);
  });
  test('shows a derivation with French numbers and operators', () => {
    const values: Record<string, number> = { 'fibre-2016': 46, 'fibre-growth': 39 };
    const v = { value: 33.1, unit: 'M€' as const, derived: { formula: '{fibre-2016} / (1 + {fibre-growth} / 100)', explanation: '' } };
    expect(formulaForReaders(v, (id) => values[id])).toBe(`46 ÷ (1 + 39 ÷ 100) ≈${NBSP}33,1${NBSP}M€`);
  });
});

describe('formatPartialDate()', () => {
  test('prints day, month or year precision, or says the date is unknown', () => {
    expect(formatPartialDate('2016-05-03')).toBe('3 mai 2016');
    expect(formatPartialDate('2016-04')).toBe('avril 2016');
    expect(formatPartialDate('2015')).toBe('2015');
    expect(formatPartialDate(undefined)).toBe('date inconnue');
  });
});

describe('number formatting and the engine’s Intl data', () => {
  // What another ICU prints: an older one (U+00A0 everywhere), or none for French (small-icu: English).
  const engines = {
    'older ICU': (s: string) => s.replaceAll('\u202f', '\u00a0'),
    'small-icu': () => '57,141',
  };
  for (const [name, print] of Object.entries(engines)) {
    test(`prints the same characters when Intl behaves like ${name}`, async () => {
      const real = [formatValue(57141, 'count'), formatPercent(39, { signed: true }), formatMillionEuros(1.5), formatNumber(-1250.5)];
      const RealFormat = Intl.NumberFormat;
      class OtherFormat extends RealFormat {
        override format(n: number | bigint) {
          return print(super.format(n));
        }
      }
      vi.stubGlobal('Intl', Object.assign(Object.create(Intl), { NumberFormat: OtherFormat }));
      vi.resetModules();
      try {
        expect(new Intl.NumberFormat('fr-FR').format(57141)).not.toBe(`57${NNBSP}141`); // the stub is in place
        const again = await import('../../src/lib/format.ts');
        expect([again.formatValue(57141, 'count'), again.formatPercent(39, { signed: true }), again.formatMillionEuros(1.5), again.formatNumber(-1250.5)]).toEqual(real);
      } finally {
        vi.unstubAllGlobals();
      }
    });
  }
});
