import { describe, expect, test } from 'vitest';
import { chartValueText } from '../../src/charts/budget/model.ts';
import { copyFigureIds, fillCopy, frenchSpacing } from '../../src/charts/lib/copy.ts';
import { fitsWidth, textWidth } from '../../src/charts/lib/text.ts';
import { wrapText } from '../../src/lib/wrap-text.ts';
import { loadFigureSource } from './fixtures/load-content.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('chart value text (fr-FR)', () => {
  test('chartValueText() marks derived values as approximate and leaves stated ones alone', () => {
    const figures = loadFigureSource('budget-2016');
    expect(chartValueText(figures.figure('fibre-2015')!)).toBe(`≈${NBSP}33,1${NBSP}M€`);
    expect(chartValueText(figures.figure('fibre-increase')!)).toBe(`≈${NBSP}12,9${NBSP}M€`);
    expect(chartValueText(figures.figure('fibre-2016')!)).toBe(`46${NBSP}M€`);
    expect(chartValueText(figures.figure('fibre-growth')!)).toBe(`+39${NNBSP}%`);
  });
});

describe('chart copy', () => {
  const lookup = (id: string) => ({ 'fibre-2016': `46${NBSP}M€`, 'fibre-growth': `+39${NNBSP}%` })[id];

  test('fillCopy() replaces {figure-id} with the figure as printed', () => {
    expect(fillCopy('La fibre reçoit {fibre-2016}, soit {fibre-growth}.', lookup)).toBe(`La fibre reçoit 46${NBSP}M€, soit +39${NNBSP}%.`);
  });

  test('fillCopy() throws on an unknown figure id, naming it', () => {
    expect(() => fillCopy('Voir {fibre-2099}.', lookup)).toThrow('unknown figure id "{fibre-2099}"');
  });

  test('copyFigureIds() lists each placeholder once, in order', () => {
    expect(copyFigureIds('{b} puis {a}, encore {b}')).toEqual(['b', 'a']);
  });

  test('frenchSpacing() puts the one narrow no-break space before : ; ? ! and inside guillemets, and keeps the unit space', () => {
    expect(frenchSpacing('Budget « Numérique » : total ; fibre ?')).toBe(`Budget «${NNBSP}Numérique${NNBSP}»${NNBSP}: total${NNBSP}; fibre${NNBSP}?`);
    expect(frenchSpacing(`12,9${NBSP}M€  de plus`)).toBe(`12,9${NBSP}M€ de plus`);
  });
});

describe('text measurement', () => {
  test('wrapText() keeps each line within the width and loses no word', () => {
    const text = 'total du numérique ou fibre seule ? Les autres sources retiennent la fibre.';
    const lines = wrapText(text, fitsWidth(150, 14));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  test('textWidth() counts bold and wide glyphs wider', () => {
    expect(textWidth('46 M€', 14, true)).toBeGreaterThan(textWidth('46 M€', 14));
    expect(textWidth('MMMM', 14)).toBeGreaterThan(textWidth('iiii', 14));
  });
});
