/**
 * The pre-build check reads YAML with `yaml` (for the line of each field); Astro reads the same
 * files with js-yaml. For the real content, both readings must give the same data once the
 * collection's schema has checked it, so what the check accepts is what the build renders.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { chartSchema, comparisonSchema, datasetSchema, quotationSchema, sourceSchema } from '../../src/content/schemas.ts';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { COLLECTION_FILES, inCollection, QUOTATIONS_FILE } from '../../src/lib/content/content-layout.ts';
import { readYaml } from '../../src/lib/content/yaml-source.ts';

/** js-yaml as Astro itself resolves it (Astro's YAML data entries call its `load`). */
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const jsYaml = astroRequire('js-yaml') as { load: (text: string) => unknown };

const ours = (text: string) => {
  const read = readYaml(text);
  if (!read.ok) throw new Error(read.message);
  return read.value;
};
const files = readContentFiles('.');
const SCHEMAS: [keyof typeof COLLECTION_FILES, z.ZodType][] = [
  ['sources', sourceSchema],
  ['datasets', datasetSchema],
  ['comparisons', comparisonSchema],
  ['charts', chartSchema],
];

describe('YAML read by the check and by Astro', () => {
  for (const [collection, schema] of SCHEMAS) {
    it(`gives the same ${collection} data`, () => {
      const mine = files.filter((f) => inCollection(COLLECTION_FILES[collection], f.path));
      expect(mine.length).toBeGreaterThan(0);
      for (const f of mine) expect(schema.parse(ours(f.text)), f.path).toEqual(schema.parse(jsYaml.load(f.text)));
    });
  }

  it('gives the same quotations', () => {
    const text = readFileSync(QUOTATIONS_FILE, 'utf8');
    const [a, b] = [ours(text), jsYaml.load(text)] as Record<string, unknown>[];
    expect(Object.keys(a!)).toEqual(Object.keys(b!));
    for (const id of Object.keys(a!)) expect(quotationSchema.parse(a![id]), id).toEqual(quotationSchema.parse(b![id]));
  });
});
