/** Allowed quotations typed by hand are found; titles in guillemets are left alone. */
import { describe, expect, test } from 'vitest';
import { findHandTypedQuotes, normaliseWords } from '../../src/lib/editorial/quote-match.ts';

const allowed = [
  { id: 'q-fibre', text: 'accélérer le déploiement de la fibre optique pour relier tous les territoires' },
  { id: 'q-discours', text: 'Beaucoup de grands discours, mais peu d’actes concrets ! Cela va changer.' },
];

describe('findHandTypedQuotes()', () => {
  test('finds an exact copy, a part, and a near copy, with their line', () => {
    const text = [
      'Il veut « accélérer le déploiement de la fibre optique pour relier tous les territoires ».',
      'Il regrette « peu d’actes concrets ».',
      'Il dit “Beaucoup de grands discours, mais peu d’actes concret. Cela va changer.”',
    ].join('\n');
    expect(findHandTypedQuotes(text, allowed).map((q) => [q.line, q.id, q.kind])).toEqual([
      [1, 'q-fibre', 'same'],
      [2, 'q-discours', 'part'],
      [3, 'q-discours', 'near'],
    ]);
  });

  test('leaves alone short titles and unrelated passages in guillemets', () => {
    const text = 'Le « Campus numérique » et le rapport « Rhône-Alpes Numérique : Solidarité, Proximité, Innovation ».';
    expect(findHandTypedQuotes(text, allowed)).toEqual([]);
  });
});

describe('normaliseWords()', () => {
  test('folds accents, case, apostrophes and punctuation', () => {
    expect(normaliseWords('Peu d’actes  concrets !')).toBe('peu d actes concrets');
  });
});
