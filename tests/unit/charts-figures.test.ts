import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { datasetSchema } from '../../src/content/schemas.ts';
import { buildBudgetModel } from '../../src/charts/budget/model.ts';
import { need, needFigure } from '../../src/charts/lib/figures.ts';
import { frameCopy } from '../../src/charts/lib/frame.ts';
import { buildSeriesModel } from '../../src/charts/series/model.ts';
import { buildTimelineModel } from '../../src/charts/timeline/model.ts';
import { loadChart, loadFigureSource } from './fixtures/load-content.ts';

const ABOUT = '≈\u00a033,1\u00a0M€';
const budget = loadChart('budget-numerique-2016');
const series = loadChart('recrutement-difficile-editions');
const timeline = loadChart('campus-chronologie');
const dossier = loadFigureSource('budget-2016');
const recruitment = loadFigureSource('emploi-numerique');

describe('one copy filler: a derived estimate reads « ≈ » in every kind’s own copy, as the timeline did', () => {
  test('budget: labels, legend and axis', () => {
    if (budget.kind !== 'budget') throw new Error('expected a budget chart');
    const m = buildBudgetModel({ ...budget, axisLabel: 'jusqu’à {fibre-2015}', legend: { ...budget.legend, estimate: 'estimé ({fibre-2015})' } }, dossier);
    expect(m.axisLabel).toBe(`jusqu’à ${ABOUT}`);
    expect(m.legend.estimate).toBe(`estimé (${ABOUT})`);
  });

  test('series: point labels', () => {
    if (series.kind !== 'series') throw new Error('expected a series chart');
    const both = { figure: (id: string) => recruitment.figure(id) ?? dossier.figure(id), publisher: recruitment.publisher };
    const m = buildSeriesModel({ ...series, points: series.points.map((p, i) => (i ? p : { ...p, when: 'vers {fibre-2015}' })) }, both);
    expect(m.points[0]!.when).toBe(`vers ${ABOUT}`);
  });

  test('timeline: unchanged, the reference behaviour', () => {
    if (timeline.kind !== 'timeline') throw new Error('expected a timeline chart');
    const m = buildTimelineModel({ ...timeline, legend: { ...timeline.legend, day: 'jour ({fibre-2015})' } }, { ...dossier, events: loadEvents() });
    expect(m.legend.day).toBe(`jour (${ABOUT})`);
  });

  test('the frame’s prose keeps the bare figure: editors write « environ » there themselves', () => {
    const copy = frameCopy({ ...budget, title: 'environ {fibre-2015}' }, dossier.figure);
    expect(copy.title).toBe('environ 33,1\u00a0M€');
  });
});

describe('need()', () => {
  test('names the chart kind and what is missing', () => {
    expect(() => needFigure(dossier, 'series', 'zz')).toThrow('series chart: unknown figure id "zz"');
    expect(() => need(undefined, 'timeline', 'event id "e"')).toThrow('timeline chart: unknown event id "e"');
    expect(need(0, 'budget', 'x')).toBe(0);
  });
});

/** The campus timeline's events, read as its own test reads them. */
function loadEvents() {
  return datasetSchema.parse(parse(readFileSync('content/data/campus-numerique.yaml', 'utf8'))).events;
}
