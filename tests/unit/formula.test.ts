/** Derived values: the formula language and the reproduction check. */
import { describe, expect, test } from 'vitest';
import { evaluateFormula, formulaCycles, formulaInputs, reproduces } from '../../src/lib/content/formula.ts';

const values: Record<string, number> = { 'fibre-2016': 46, 'fibre-growth': 39, 'campus-2016': 1.5, 'numerique-2016': 46 };
const lookup = (id: string) => values[id];

describe('evaluateFormula()', () => {
  test('computes the 2015 fibre estimate and the Campus share', () => {
    expect(evaluateFormula('{fibre-2016} / (1 + {fibre-growth} / 100)', lookup)).toBeCloseTo(33.0935, 4);
    expect(evaluateFormula('{campus-2016} / {numerique-2016} * 100', lookup)).toBeCloseTo(3.2609, 4);
  });
  test('respects precedence, parentheses and unary minus', () => {
    expect(evaluateFormula('2 + 3 * 4', lookup)).toBe(14);
    expect(evaluateFormula('(2 + 3) * 4', lookup)).toBe(20);
    expect(evaluateFormula('-2 + 5', lookup)).toBe(3);
  });
  test('names an unknown id, a stray token and a missing parenthesis', () => {
    expect(() => evaluateFormula('{nope} * 2', lookup)).toThrow('unknown value id "nope" in formula "{nope} * 2"');
    expect(() => evaluateFormula('2 ^ 3', lookup)).toThrow('unexpected "^" in formula "2 ^ 3"');
    expect(() => evaluateFormula('(2 + 3', lookup)).toThrow('missing ")" in formula "(2 + 3"');
  });
  test('lists its inputs once each', () => {
    expect(formulaInputs('{fibre-2016} - {fibre-2016} / (1 + {fibre-growth} / 100)')).toEqual(['fibre-2016', 'fibre-growth']);
  });
});

describe('reproduces()', () => {
  test('accepts a value rounded at the precision the editor wrote', () => {
    expect(reproduces(33.0935, 33.1)).toBe(true);
    expect(reproduces(3.2609, 3.3)).toBe(true);
    expect(reproduces(12.906, 12.9)).toBe(true);
  });
  test('rejects a value off by more than half its last digit', () => {
    expect(reproduces(33.0935, 33.2)).toBe(false);
    expect(reproduces(3.2609, 3.4)).toBe(false);
  });
});

describe('formulaCycles()', () => {
  test('finds a value computed from itself, directly or through others', () => {
    const inputs = new Map([
      ['a', ['a']],
      ['b', ['c', 'x']],
      ['c', ['b']],
      ['d', ['x']],
    ]);
    expect(formulaCycles(inputs)).toEqual([['a', 'a'], ['b', 'c', 'b']]);
  });
  test('finds none in a chain of derivations from stated values', () => {
    expect(formulaCycles(new Map([['a', ['b', 'x']], ['b', ['x']]]))).toEqual([]);
  });
});
