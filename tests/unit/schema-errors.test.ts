/** Schema messages, as the build prints them: the file, the field, the fix. */
import { describe, expect, test } from 'vitest';
import { articleSchema, datasetSchema } from '../../src/content/schemas.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { describeIssues, fieldPath } from '../../src/lib/content/schema-errors.ts';

const valid = { title: 'T', standfirst: 'S', kind: 'article', date: '2026-11-26', authors: ['R'], order: 1 };
const message = (schema: typeof articleSchema | typeof datasetSchema, data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? '' : formatProblems(describeIssues('content/x', result.error));
};

describe('describeIssues()', () => {
  test('tells a missing field from one of the wrong type', () => {
    const { title: _, ...untitled } = valid;
    expect(message(articleSchema, untitled)).toBe('content/x → title: `title:` is missing: the headline, as text in quotes, e.g. title: "Le titre", at most 120 characters (put the detail in `standfirst:`)');
    expect(message(articleSchema, { ...valid, title: 12 })).toBe('content/x → title: `title:` must be text in quotes, not 12: the headline, as text in quotes, e.g. title: "Le titre", at most 120 characters (put the detail in `standfirst:`)');
  });

  test('names unknown keys as the field', () => {
    expect(message(articleSchema, { ...valid, auteur: 'X' })).toBe(
      'content/x → auteur: unknown field `auteur` in an article: remove it or check its spelling (allowed: title, standfirst, description, kind, date, authors, sources, tags, related, order, draft, corrections, keyFigures)',
    );
  });

  test('gives nested dataset fields their YAML path', () => {
    const data = { title: 'T', description: 'D', values: [{ id: 'a', label: 'L', value: '46 M€', unit: 'M€', year: 2016, status: 'budgeted', source: 's', locator: '§1' }] };
    expect(message(datasetSchema, data)).toBe('content/x → values[0].value: `value:` must be a number (no quotes, no unit), not "46 M€": the number in its unit, without unit or spaces, e.g. 46 or 1.5');
  });
});

describe('fieldPath()', () => {
  test('joins keys with dots and indexes with brackets, after a prefix', () => {
    expect(fieldPath(['values', 2, 'derived', 'formula'])).toBe('values[2].derived.formula');
    expect(fieldPath(['source'], 'q-fibre')).toBe('q-fibre.source');
  });
});
