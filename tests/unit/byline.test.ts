/** The byline reads as French: « Par la rédaction du Dossier Numérique ». */
import { describe, expect, test } from 'vitest';
import { bylineName, bylineNames } from '../../src/lib/editorial/byline.ts';

describe('bylineNames()', () => {
  test('a desk takes « la » and a lower-case r', () => {
    expect(bylineNames(['Rédaction du Dossier Numérique'])).toBe('la rédaction du Dossier Numérique');
    expect(bylineName('La rédaction du Dossier Numérique')).toBe('la rédaction du Dossier Numérique');
  });

  test('a person keeps the name as written', () => {
    expect(bylineName('Anne Martin')).toBe('Anne Martin');
    expect(bylineName('Rédacteur inconnu')).toBe('Rédacteur inconnu');
  });

  test('several authors read « A, B et C »', () => {
    expect(bylineNames(['Anne Martin', 'Paul Roux', 'Rédaction du Dossier Numérique'])).toBe('Anne Martin, Paul Roux et la rédaction du Dossier Numérique');
  });
});
