/** Layers point one way: the pure helpers of src/lib never import the charts (they reach them through the registry's callers). */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] ?? '');

test('no module of src/lib imports src/charts', () => {
  const offenders = readdirSync('src/lib', { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f))
    .flatMap((f) => imports(`src/lib/${f}`).filter((spec) => /(^|\/)charts\//.test(spec)).map((spec) => `src/lib/${f} → ${spec}`));
  expect(offenders).toEqual([]);
});
