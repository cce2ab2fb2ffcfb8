/** The chart loader (src/charts/loader.ts) finds enhancers by folder: each registered kind has one, and only those. */
import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CHART_KINDS } from '../../src/charts/registry.ts';

test('every registered chart kind has src/charts/<kind>/enhance.ts, and every enhance.ts belongs to a registered kind', () => {
  const withEnhancer = readdirSync('src/charts', { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(`src/charts/${e.name}/enhance.ts`))
    .map((e) => e.name)
    .sort();
  expect(withEnhancer).toEqual([...CHART_KINDS].sort());
});
