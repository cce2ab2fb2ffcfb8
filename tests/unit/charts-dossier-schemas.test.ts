/** The series and timeline chart declarations: schema rejections and checks against the data, with their messages. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { chartSchema, datasetSchema, type ChartData, type QuotationData } from '../../src/content/schemas.ts';
import { checkIntegrity, formatProblems, type ContentSet } from '../../src/lib/content/integrity.ts';

const raw = (id: string) => parse(readFileSync(`content/charts/${id}.yaml`, 'utf8')) as Record<string, unknown>;
const message = (input: unknown) => {
  const r = chartSchema.safeParse(input);
  return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
};
const SERIES = 'recrutement-difficile-editions';
const TIMELINE = 'campus-chronologie';

describe('chartSchema on series charts', () => {
  test('accepts the declared recruitment chart', () => {
    expect(message(raw(SERIES))).toBe('');
  });
  test('lists the new kinds among the allowed ones', () => {
    expect(message({ ...raw(SERIES), kind: 'courbe' })).toContain('`kind:` must be one of budget, series, timeline');
  });
  test('rejects a point without its date, saying what to write', () => {
    const points = [{ figure: 'recrutement-difficile-2017', label: '2e édition' }, { figure: 'recrutement-difficile-2018', label: '3e', when: '2018' }];
    expect(message({ ...raw(SERIES), points })).toBe('points.0.when: `when:` is missing: when the point stands, in French, e.g. "mai 2017"');
  });
  test('rejects a single point, a break before the first point and a figure drawn twice', () => {
    expect(message({ ...raw(SERIES), points: [{ figure: 'a', label: 'x', when: 'y' }] })).toBe('points: `points:` needs at least 2 entries: the points, a list of at least two, each with `figure:`, `label:` and `when:`');
    const points = [
      { figure: 'a', label: 'x', when: 'y', breakBefore: 'autre question' },
      { figure: 'a', label: 'x', when: 'y' },
    ];
    expect(message({ ...raw(SERIES), points })).toBe(
      'points.0.breakBefore: the first point has no previous point to break from: remove `breakBefore:`\npoints.1.figure: figure "a" is drawn twice: each point needs its own figure',
    );
  });
  test('rejects an unknown field in a point and a legend missing its caveat words', () => {
    const points = [{ figure: 'a', label: 'x', when: 'y', hollow: true }, { figure: 'b', label: 'x', when: 'y' }];
    expect(message({ ...raw(SERIES), points })).toBe('points.0: unknown field `hollow` in a point: remove it or check its spelling (allowed: figure, label, when, caveat, breakBefore)');
    expect(message({ ...raw(SERIES), legend: { firm: 'ok' } })).toContain('legend.caveat');
  });
});

describe('chartSchema on timeline charts', () => {
  test('accepts the declared Campus timeline', () => {
    expect(message(raw(TIMELINE))).toBe('');
  });
  test('rejects an event label too long for the chart, pointing to the tooltip', () => {
    const events = [{ event: 'a', label: 'x'.repeat(49) }, { event: 'b', label: 'y' }];
    expect(message({ ...raw(TIMELINE), events })).toBe('events.0.label: `label:` is longer than 48 characters (49 now): the event’s short label on the chart, in French, at most 48 characters, e.g. "Première pierre" (the full sentence is in the dataset and shows in the tooltip)');
  });
  test('rejects an event written as a bare id and one listed twice', () => {
    expect(message({ ...raw(TIMELINE), events: ['a', { event: 'b', label: 'y' }] })).toBe('events.0: an event is `{ event: <event id>, label: "…" }`');
    expect(message({ ...raw(TIMELINE), events: [{ event: 'a', label: 'x' }, { event: 'a', label: 'y' }] })).toBe('events.1.event: event "a" is listed twice: list each event once');
  });
  test('rejects a legend without its words for uncertain dates', () => {
    expect(message({ ...raw(TIMELINE), legend: 'jour connu' })).toBe('legend: a timeline chart needs `legend:` with `day:`, `span:` and `uncertain:` in French');
  });
});

describe('checkIntegrity() on series and timeline charts', () => {
  const dataset = (id: string) => ({ id, file: `content/data/${id}.yaml`, data: datasetSchema.parse(parse(readFileSync(`content/data/${id}.yaml`, 'utf8'))) });
  const chart = (id: string) => chartSchema.parse(raw(id));
  const set = (charts: { id: string; data: ChartData }[]): ContentSet => ({
    articles: [],
    sourceIds: new Set(readdirSync('content/sources').map((f) => f.replace(/\.yaml$/, ''))),
    quotations: Object.entries(parse(readFileSync('content/quotations.yaml', 'utf8')) as Record<string, QuotationData>).map(([id, data]) => ({ id, file: 'content/quotations.yaml', data })),
    datasets: [dataset('emploi-numerique'), dataset('campus-numerique'), dataset('budget-2016')],
    charts: charts.map((c) => ({ ...c, file: `content/charts/${c.id}.yaml` })),
  });

  test('the declared charts have no problem', () => {
    expect(formatProblems(checkIntegrity(set([{ id: SERIES, data: chart(SERIES) }, { id: TIMELINE, data: chart(TIMELINE) }])))).toBe('');
  });
  test('an unknown figure in a point names the file and the field', () => {
    const bad = chart(SERIES);
    if (bad.kind === 'series') bad.points[1]!.figure = 'recrutement-difficile-2019';
    expect(formatProblems(checkIntegrity(set([{ id: SERIES, data: bad }])))).toContain(
      'content/charts/recrutement-difficile-editions.yaml → points[1].figure: unknown figure id "recrutement-difficile-2019": use a figure id from content/data/emploi-numerique.yaml',
    );
  });
  test('an unknown event names the file, the field and the known events', () => {
    const bad = chart(TIMELINE);
    if (bad.kind === 'timeline') bad.events[2]!.event = 'inauguration-2030';
    expect(formatProblems(checkIntegrity(set([{ id: TIMELINE, data: bad }])))).toContain(
      'content/charts/campus-chronologie.yaml → events[2].event: unknown event id "inauguration-2030": use the id of an event under `events:` in content/data/campus-numerique.yaml (annonce-campagne, ',
    );
  });
});
