/** Each schema rejection: a fixture as an editor would write it, and the message it must produce. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { ZodType } from 'astro/zod';
import { articleSchema, datasetSchema, sourceSchema } from '../../src/content/schemas.ts';
import { STATUS_LABELS } from '../../src/lib/figures.ts';

const fixture = (name: string) => parse(readFileSync(`tests/fixtures/content/${name}.yaml`, 'utf8'));

/** `field: message` lines, as Astro prints them under the file name. */
function rejection(schema: ZodType, name: string): string[] {
  const result = schema.safeParse(fixture(name));
  if (result.success) throw new Error(`${name} was accepted`);
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('datasetSchema', () => {
  test('rejects a value with neither a source nor a derivation', () => {
    expect(rejection(datasetSchema, 'value-without-source')).toEqual([
      'values.0: value "orphan-2016" has neither a source nor a derivation: add `source:` (a source id) and `locator:` (e.g. "§4"), or `derived:` with its formula',
    ]);
  });
  test('rejects a source without its locator', () => {
    expect(rejection(datasetSchema, 'value-source-without-locator')).toEqual([
      'values.0: value "half-sourced" has a source without a locator (or the reverse): add `source:` (a source id) and `locator:` (e.g. "§4"), or `derived:` with its formula',
    ]);
  });
  test('rejects a derived value whose status is not "derived-estimate"', () => {
    expect(rejection(datasetSchema, 'derived-wrong-status')).toEqual(['values.0.status: value "derived-as-budget" is derived: set `status: derived-estimate`']);
  });
  test('rejects an amount status on a rate: +39 % is not « montant budgété »', () => {
    expect(rejection(datasetSchema, 'rate-as-budget')).toEqual([
      'values.0.status: value "fibre-growth" is in %, not an amount: `status: budgeted` would read « montant budgété »; use `announced-change` for an announced rate of change, or `reported`',
    ]);
  });
  test('the real fibre growth rate reads « variation annoncée »', () => {
    const data = datasetSchema.parse(parse(readFileSync('content/data/budget-2016.yaml', 'utf8')));
    const growth = data.values.find((v) => v.id === 'fibre-growth');
    expect(growth?.status).toBe('announced-change');
    expect(STATUS_LABELS[growth!.status]).toBe('variation annoncée');
  });
  test('rejects a unit outside the list', () => {
    expect(rejection(datasetSchema, 'bad-unit')).toEqual(['values.0.unit: `unit:` must be one of M€, €, %, pts, count, m², ha, not "francs": the unit of `value:`']);
  });
  test('rejects a value typed as text', () => {
    expect(rejection(datasetSchema, 'value-as-text')).toEqual(['values.0.value: `value:` must be a number (no quotes, no unit), not "46 M€": the number in its unit, without unit or spaces, e.g. 46 or 1.5']);
  });
  test('accepts the real budget dataset', () => {
    expect(datasetSchema.safeParse(parse(readFileSync('content/data/budget-2016.yaml', 'utf8'))).success).toBe(true);
  });
});

describe('articleSchema', () => {
  test('rejects a missing title', () => {
    expect(rejection(articleSchema, 'article-missing-title')).toEqual(['title: `title:` is missing: the headline, as text in quotes, e.g. title: "Le titre", at most 120 characters (put the detail in `standfirst:`)']);
  });
  test('rejects an unknown kind', () => {
    expect(rejection(articleSchema, 'article-bad-kind')).toEqual(['kind: `kind:` must be one of entretien, analyse, article, not "reportage": what the piece is: an interview, an analysis or an article']);
  });
  test('rejects an unknown field, naming it', () => {
    expect(rejection(articleSchema, 'article-unknown-key')).toEqual([
      ': unknown field `auteur` in an article: remove it or check its spelling (allowed: title, standfirst, description, kind, date, authors, sources, tags, related, order, draft, corrections, keyFigures)',
    ]);
  });
});

describe('sourceSchema', () => {
  test('rejects a date written in words', () => {
    expect(rejection(sourceSchema, 'source-bad-date')).toEqual(['date: `date:` is not written as expected ("3 mai 2016"): a date as text in quotes, "YYYY-MM-DD", "YYYY-MM" or "YYYY", e.g. "2016-05-03"']);
  });
});

describe('articleSchema date', () => {
  const article = (date: unknown) => ({ title: 't', standfirst: 's', kind: 'article', date, authors: ['x'], order: 1 });
  const dateOf = (date: unknown) => {
    const r = articleSchema.safeParse(article(date));
    return r.success ? r.data.date.toISOString().slice(0, 10) : r.error.issues.map((i) => i.message).join('; ');
  };
  test('accepts a YAML date (as Astro reads `date: 2026-11-26`) and the same day as text', () => {
    expect([dateOf(new Date(Date.UTC(2026, 10, 26))), dateOf('2026-11-26')]).toEqual(['2026-11-26', '2026-11-26']);
  });
  test('refuses numbers, booleans and days that do not exist instead of reading them as 1970 or the next month', () => {
    expect([dateOf(2), dateOf(true), dateOf('2016-13-45'), dateOf('2016-02-30')]).toEqual([
      '`date:` must be text in quotes, not 2: our publication date (not that of the source), a day written YYYY-MM-DD, e.g. 2026-11-26',
      '`date:` must be text in quotes, not true: our publication date (not that of the source), a day written YYYY-MM-DD, e.g. 2026-11-26',
      'this day is not in the calendar: check the month (01 to 12) and the day',
      'this day is not in the calendar: check the month (01 to 12) and the day',
    ]);
  });
});
