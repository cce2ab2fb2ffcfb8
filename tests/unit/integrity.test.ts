/** Cross-collection checks: each problem names the file, the field and the fix. */
import { describe, expect, test } from 'vitest';
import { checkIntegrity, formatProblems, type ContentSet } from '../../src/lib/content/integrity.ts';
import type { ArticleData, DatasetData } from '../../src/content/schemas.ts';

const article = (over: Partial<ArticleData> = {}): ArticleData => ({
  title: 'T', standfirst: 'S', kind: 'article', date: new Date('2026-11-26'), authors: ['R'], sources: [], tags: [], related: [], order: 1, draft: false, corrections: [], keyFigures: [], ...over,
});
const dataset = (values: DatasetData['values']): DatasetData => ({ title: 'D', description: 'D', values, events: [], corrections: [] });
const stated = { unit: 'M€' as const, year: 2016, status: 'budgeted' as const, signed: false, source: 'src-a', locator: '§1' };

function set(over: Partial<ContentSet> = {}): ContentSet {
  return { articles: [], sourceIds: new Set(['src-a']), quotations: [], datasets: [], ...over };
}

describe('checkIntegrity()', () => {
  test('accepts a consistent set', () => {
    expect(checkIntegrity(set({ datasets: [{ id: 'd', file: 'content/data/d.yaml', data: dataset([{ id: 'a', label: 'A', value: 1, ...stated }]) }] }))).toEqual([]);
  });
  test('names an unknown source id in an article', () => {
    const problems = checkIntegrity(set({ articles: [{ id: 'x', file: 'content/articles/x.mdx', data: article({ sources: ['src-b'] }) }] }));
    expect(formatProblems(problems)).toBe('content/articles/x.mdx → sources[0]: unknown source id "src-b": add content/sources/src-b.yaml or use one of src-a');
  });
  test('names an unknown related article', () => {
    const problems = checkIntegrity(set({ articles: [{ id: 'x', file: 'content/articles/x.mdx', data: article({ related: ['y'] }) }] }));
    expect(formatProblems(problems)).toBe('content/articles/x.mdx → related[0]: unknown article id "y": use the file name of an article without .mdx (x)');
  });
  test('names an unknown key figure under the chapô', () => {
    const datasets = [{ id: 'd', file: 'content/data/d.yaml', data: dataset([{ id: 'a', label: 'A', value: 1, ...stated }]) }];
    const problems = checkIntegrity(set({ datasets, articles: [{ id: 'x', file: 'content/articles/x.mdx', data: article({ keyFigures: ['a', 'zz'] }) }] }));
    expect(formatProblems(problems)).toBe('content/articles/x.mdx → keyFigures[1]: unknown figure id "zz": use an id from content/data/*.yaml (a), listed on /guide/');
  });
  test('rejects a derived value that its formula does not reproduce', () => {
    const data = dataset([
      { id: 'a', label: 'A', value: 46, ...stated },
      { id: 'b', label: 'B', value: 30, unit: 'M€', year: 2015, status: 'derived-estimate', signed: false, derived: { formula: '{a} / 1.39', explanation: 'e' } },
    ]);
    expect(formatProblems(checkIntegrity(set({ datasets: [{ id: 'd', file: 'content/data/d.yaml', data }] })))).toBe(
      'content/data/d.yaml → values[1].value: "b" says 30 but its formula gives 33.0935: correct the value or the formula',
    );
  });
  test('names a formula input that does not exist', () => {
    const data = dataset([{ id: 'b', label: 'B', value: 1, unit: 'M€', year: 2015, status: 'derived-estimate', signed: false, derived: { formula: '{zz} * 2', explanation: 'e' } }]);
    expect(formatProblems(checkIntegrity(set({ datasets: [{ id: 'd', file: 'content/data/d.yaml', data }] })))).toBe(
      'content/data/d.yaml → values[0].derived.formula: unknown figure id "zz" in the formula: write inputs as {figure-id}',
    );
  });
  test('rejects the same figure id in two datasets', () => {
    const one = { id: 'd1', file: 'content/data/d1.yaml', data: dataset([{ id: 'a', label: 'A', value: 1, ...stated }]) };
    const two = { id: 'd2', file: 'content/data/d2.yaml', data: dataset([{ id: 'a', label: 'A', value: 2, ...stated }]) };
    expect(formatProblems(checkIntegrity(set({ datasets: [one, two] })))).toBe(
      'content/data/d2.yaml → values[0].id: figure id "a" is already used in content/data/d1.yaml: figure ids are unique across datasets, rename one',
    );
  });
});
