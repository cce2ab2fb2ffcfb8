/** The one rule for spaces around French punctuation, and nested quotes. */
import { describe, expect, test } from 'vitest';
import { frenchSpacing, guillemets, innerQuotes } from '../../src/lib/editorial/french-spacing.ts';

const N = '\u202f';

describe('the one rule', () => {
  test('frenchSpacing() puts it before : ; ! ? and inside « », replacing plain spaces and U+00A0', () => {
    expect(frenchSpacing('Budget « Numérique » : total ; fibre ?')).toBe(`Budget «${N}Numérique${N}»${N}: total${N}; fibre${N}?`);
    expect(frenchSpacing('Fibre\u00a0: «\u00a0oui\u00a0» !')).toBe(`Fibre${N}: «${N}oui${N}»${N}!`);
  });

  test('keeps the word-width U+00A0 between a number and its unit', () => {
    expect(frenchSpacing('12,9\u00a0M€  de plus')).toBe('12,9\u00a0M€ de plus');
  });

  test('guillemets() wraps with it', () => {
    expect(guillemets('oui')).toBe(`«${N}oui${N}»`);
  });
});

describe('innerQuotes()', () => {
  test('turns « » inside a text printed in « » into “ ”', () => {
    expect(innerQuotes(`Le rapport «${N}Rhône-Alpes Numérique${N}» de 2015`)).toBe('Le rapport “Rhône-Alpes Numérique” de 2015');
    expect(guillemets(innerQuotes('Le « Campus » ouvre'))).toBe(`«${N}Le “Campus” ouvre${N}»`);
  });

  test('leaves a text without guillemets alone', () => {
    expect(innerQuotes('Rhône-Alpes Numérique : Solidarité')).toBe('Rhône-Alpes Numérique : Solidarité');
  });
});
