import { describe, expect, test } from 'vitest';
import { FONT_SIZE, layoutWidth, legendRow, measure, wrap } from '../../src/charts/lib/layout-kit.ts';
import { svgOpen } from '../../src/charts/lib/svg-root.ts';
import { fitsWidth, textWidth } from '../../src/charts/lib/text.ts';
import { frenchUnits } from '../../src/lib/site/social-card.ts';
import { maxChars, wrapText } from '../../src/lib/wrap-text.ts';

describe('layout kit', () => {
  const entries = [
    { label: 'montant cité', indent: 24 },
    { label: 'estimation calculée par la rédaction', indent: 24 },
  ];

  test('legendRow() puts every entry on one line when all fit, the second after the first and its gap', () => {
    const { places, bottom } = legendRow(entries, 1000, { line: 20, baseline: 15, gap: 24 });
    expect(places.map((p) => p.top)).toEqual([0, 0]);
    expect(places[1]!.left).toBe(24 + measure('montant cité') + 24);
    expect(places[1]!.texts[0]).toMatchObject({ text: entries[1]!.label, x: places[1]!.left + 24, y: 15 });
    expect(bottom).toBe(20);
  });

  test('legendRow() stacks the entries, wrapped to the width, when they do not fit on one line', () => {
    const W = 24 + measure('estimation calculée') + 4;
    const { places, bottom } = legendRow(entries, W, { line: 20, baseline: 15, gap: 24, itemGap: 4 });
    expect(places.map((p) => p.left)).toEqual([0, 0]);
    expect(places[1]!.top).toBe(20 + 4);
    for (const t of places.flatMap((p) => p.texts)) expect(t.x + measure(t.text)).toBeLessThanOrEqual(W);
    expect(places[1]!.texts.length).toBeGreaterThan(1);
    expect(bottom).toBe(places[1]!.top + places[1]!.texts.length * 20 + 4);
  });

  test('a trailing gap counts against the one-line test', () => {
    const exact = 24 + measure('montant cité') + 24 + 24 + measure('estimation calculée par la rédaction');
    expect(legendRow(entries, exact, { line: 20, baseline: 15, gap: 24 }).places[1]!.top).toBe(0);
    expect(legendRow(entries, exact, { line: 20, baseline: 15, gap: 24, trailing: 1 }).places[1]!.top).toBeGreaterThan(0);
  });

  test('wrap() measures at the kit’s font size; layoutWidth() never goes under 280 px', () => {
    expect(wrap('un deux trois quatre cinq', 60)).toEqual(wrapText('un deux trois quatre cinq', fitsWidth(60, FONT_SIZE)));
    expect(layoutWidth(100.4)).toBe(280);
    expect(layoutWidth(600.6)).toBe(601);
  });
});

describe('one wrapText for layouts, exports and cards', () => {
  test('by px width, at plain spaces: a no-break space keeps « 46 M€ » whole', () => {
    const lines = wrapText('total de 46\u00a0M€ en 2016', fitsWidth(textWidth('total de 46', 14), 14));
    expect(lines).toContain('46\u00a0M€ en');
  });

  test('by characters, in French units: never a line that ends with « or starts with :', () => {
    const lines = wrapText('Laurent Wauquiez : « Jusqu’à présent', maxChars(10), frenchUnits);
    for (const l of lines) expect(l.endsWith('«') || l.startsWith(':')).toBe(false);
  });
});

test('svgOpen() widens the view by a margin on each side, for focus rings past the drawing', () => {
  const o = { titleId: 't', descriptionId: 'd', interactive: false };
  expect(svgOpen('k', { width: 100, height: 50, mode: 'm' }, o)).toContain('viewBox="0 0 100 50" width="100" height="50"');
  expect(svgOpen('k', { width: 100, height: 50, mode: 'm', margin: 4 }, o)).toContain('viewBox="-4 -4 108 58" width="108" height="58"');
});
