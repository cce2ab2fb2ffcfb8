/** French number formatting: the exact characters readers get. */
import { describe, expect, test } from 'vitest';
import { formatMillionEuros, formatNumber, formatPercent, formatValue, NBSP, NNBSP } from '../../src/lib/format.ts';
import { figureText, formulaForReaders } from '../../src/lib/figures.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';

describe('formatMillionEuros()', () => {
  test('prints whole and decimal millions with a comma and a no-break space', () => {
    expect(formatMillionEuros(46)).toBe(`46${NBSP}M€`);
    expect(formatMillionEuros(1.5)).toBe(`1,5${NBSP}M€`);
    expect(formatMillionEuros(33.0935)).toBe(`33,1${NBSP}M€`);
  });
  test('groups thousands with a narrow no-break space, as Intl does in fr-FR', () => {
    expect(formatMillionEuros(1250)).toBe(`1${NNBSP}250${NBSP}M€`);
    expect(formatValue(57141, 'count')).toBe(new Intl.NumberFormat('fr-FR').format(57141));
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
