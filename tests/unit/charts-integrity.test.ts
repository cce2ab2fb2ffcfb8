import { describe, expect, test } from 'vitest';
import { checkIntegrity, formatProblems, type ContentSet } from '../../src/lib/content/integrity.ts';
import { chartSchema, type ChartData, type DatasetData } from '../../src/content/schemas.ts';
import { loadChart } from './fixtures/load-content.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const dataset = parse(readFileSync('content/data/budget-2016.yaml', 'utf8')) as DatasetData;
const chart = loadChart('budget-numerique-2016');
const article = (body: string) => ({
  id: 'a',
  file: 'content/articles/a.mdx',
  data: { title: 't', standfirst: 's', kind: 'article' as const, date: new Date(0), authors: ['x'], sources: [], tags: [], related: [], order: 1, draft: false, corrections: [], keyFigures: [] },
  body,
  bodyLine: 11,
});
const set = (over: Partial<ContentSet> = {}, c: ChartData = chart): ContentSet => ({
  articles: [],
  sourceIds: new Set(['lyon-entreprises-entretien-wauquiez-2016', 'enviscope-2016-04-investissements', 'rue89lyon-2016-05-03-campus', 'ruralitic-jarry']),
  quotations: [],
  datasets: [{ id: 'budget-2016', file: 'content/data/budget-2016.yaml', data: dataset }],
  charts: [{ id: 'budget-numerique-2016', file: 'content/charts/budget-numerique-2016.yaml', data: c }],
  ...over,
});
const problems = (s: ContentSet) => formatProblems(checkIntegrity(s));

describe('checkIntegrity() on charts', () => {
  test('the declared budget chart and an article using it have no problem', () => {
    expect(checkIntegrity(set({ articles: [article('Texte.\n\n<Chart id="budget-numerique-2016" />\n')] }))).toEqual([]);
  });

  test('an unknown <Chart id> in MDX names the file, the line and the id', () => {
    expect(problems(set({ articles: [article('Texte.\n\n<Chart id="budget-2099" />\n')] }))).toBe(
      'content/articles/a.mdx:13 → <Chart id="budget-2099">: unknown chart id "budget-2099": use a declared chart id (budget-numerique-2016), listed on /guide/',
    );
  });

  test('an unknown figure in a bar names the chart file and the field', () => {
    const bad = structuredClone(chart);
    if (bad.kind === 'budget') bad.groups[0]!.bars[0]!.figure = 'fibre-2014';
    expect(problems(set({}, bad))).toContain('content/charts/budget-numerique-2016.yaml → groups[0].bars[0].figure: unknown figure id "fibre-2014"');
  });

  test('an unknown {figure-id} in the copy names the field', () => {
    const bad = { ...structuredClone(chart), notes: ['Voir {fibre-2099}.'] };
    expect(problems(set({}, bad))).toContain('→ notes[0]: unknown figure id "fibre-2099": write {figure-id}');
  });

  test('an unknown dataset or source is reported', () => {
    const bad = { ...structuredClone(chart), dataset: 'budget-2099', sources: ['nulle-part'] };
    const text = problems(set({}, bad));
    expect(text).toContain('→ dataset: unknown dataset "budget-2099"');
    expect(text).toContain('→ sources[0]: unknown source id "nulle-part"');
  });

  test('a growth that points at a figure the chart does not draw is reported', () => {
    const bad = structuredClone(chart);
    if (bad.kind === 'budget') bad.growth.from = 'fibre-increase';
    expect(problems(set({}, bad))).toContain('→ growth.from: "fibre-increase" is not one of the chart\'s bars');
  });
});

describe('chartSchema', () => {
  const raw = () => parse(readFileSync('content/charts/budget-numerique-2016.yaml', 'utf8')) as Record<string, unknown>;
  const message = (input: unknown) => {
    const r = chartSchema.safeParse(input);
    return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
  };

  test('accepts the declared chart', () => {
    expect(message(raw())).toBe('');
  });

  test('rejects an unknown kind with the list of kinds', () => {
    expect(message({ ...raw(), kind: 'camembert' })).toContain('`kind:` must be one of budget');
  });

  test('rejects a chart without its takeaway or source line, saying what to add', () => {
    const { description: _d, source: _s, ...rest } = raw();
    const text = message(rest);
    expect(text).toContain('description: `description:` is missing: the takeaway in one or two sentences, in French');
    expect(text).toContain('source: `source:` is missing: the source line under the chart');
  });

  test('rejects an unknown field, listing the allowed ones', () => {
    expect(message({ ...raw(), colour: 'red' })).toContain('unknown field `colour` in a budget chart: remove it or check its spelling (allowed: kind, dataset, title');
  });
});
