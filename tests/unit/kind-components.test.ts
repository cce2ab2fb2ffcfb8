/** Chart components are found by their kind's folder and paired with the registry. */
import { describe, expect, test } from 'vitest';
import { componentsByKind, kindFolder } from '../../src/charts/kind-components.ts';

const mod = (name: string) => ({ default: name });
const modules = { '../charts/budget/BudgetChart.astro': mod('B'), '../charts/series/SeriesChart.astro': mod('S') };

describe('componentsByKind()', () => {
  test('gives each registered kind the component of its folder', () => {
    const of = componentsByKind(modules, ['budget', 'series']);
    expect([of('budget'), of('series')]).toEqual(['B', 'S']);
    expect(kindFolder('../charts/tracker/TrackerChart.astro')).toBe('tracker');
  });
  test('a registered kind without its component names the file to add', () => {
    expect(() => componentsByKind(modules, ['budget', 'series', 'map'])).toThrow('chart kind "map" has no component: add src/charts/map/MapChart.astro');
  });
  test('a component whose folder is not registered names the registry', () => {
    expect(() => componentsByKind(modules, ['budget'])).toThrow('src/charts/series/ has a chart component but no entry in src/charts/registry.ts');
  });
});
