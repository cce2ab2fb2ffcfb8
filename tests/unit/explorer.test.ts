import { describe, expect, it } from 'vitest';
import { buildExplorerIndex, chartFigures } from '../../src/lib/explorer/explorer-index.ts';
import { figuresByTheme, formulaParts, recomputed } from '../../src/lib/explorer/explorer-figures.ts';
import { compareRows, keeps, readState, writeState, type FilterRow } from '../../src/lib/explorer/figure-filter-state.ts';
import { datePrecisionLabel, sourcesByKind } from '../../src/lib/explorer/explorer-sources.ts';

const figures = new Map([
  ['a', { dataset: 'd1', source: 's1', value: 46 }],
  ['b', { dataset: 'd1', source: 's1', value: 39 }],
  ['c', { dataset: 'd2', source: undefined, value: 33.1 }],
]);

describe('explorer index', () => {
  const index = buildExplorerIndex({
    articles: [{ id: 'art', path: '/articles/art/', title: 'Art', body: 'x <Figure id="a" /> <Figure id="a" /> <Quote id="q1" /> <Chart id="ch" />', sources: ['s2'] }],
    charts: [{ id: 'ch', title: 'Ch', dataset: 'd2', sources: ['s3'], data: { bars: [{ figure: 'c' }], description: 'voir {b}' } }],
    figures,
    quotations: new Map([['q1', { source: 's1' }]]),
    events: new Map(),
    chartPath: (id) => `/graphiques/#graphique-${id}`,
  });
  it('links each figure to its row in the citing article, once, then to the charts drawing or citing it', () => {
    expect(index.figures.get('a')).toEqual([{ href: '/articles/art/#chiffre-a', label: 'Art' }]);
    expect(index.figures.get('b')).toEqual([{ href: '/graphiques/#graphique-ch', label: 'Graphique\u202f: Ch' }]);
    expect(index.figures.get('c')?.map((c) => c.href)).toEqual(['/graphiques/#graphique-ch']);
  });
  it('lists for a source the pages citing it (directly, by a figure, a quotation or a chart) and what it supports', () => {
    expect(index.sources.get('s1')?.map((c) => c.href)).toEqual(['/articles/art/']);
    expect(index.sources.get('s2')?.map((c) => c.href)).toEqual(['/articles/art/']);
    expect(index.sources.get('s3')?.map((c) => c.href)).toEqual(['/articles/art/', '/graphiques/#graphique-ch']);
    expect(index.sourceFigures.get('s1')).toEqual(['a', 'b']);
    expect(index.sourceQuotations.get('s1')).toEqual(['q1']);
    expect(index.datasetArticles.get('d1')?.map((c) => c.href)).toEqual(['/articles/art/']);
    expect(index.datasetArticles.get('d2')?.map((c) => c.href)).toEqual(['/articles/art/']);
  });
  it('finds the figures of a timeline chart through its events', () => {
    const events = new Map([['d2', [{ id: 'e1', figures: ['a'], source: 's1' }, { id: 'e2', figures: ['b'], source: 's1' }]]]);
    expect(chartFigures({ id: 't', title: 'T', dataset: 'd2', sources: [], data: { events: [{ event: 'e1' }] } }, (id) => figures.has(id), events)).toEqual(['a']);
  });
});

describe('figures table', () => {
  it('splits a formula into text and input pieces, in readers’ signs', () => {
    expect(formulaParts('{fibre-2016} / (1 + {fibre-growth} / 100) - 2 * 1')).toEqual([
      { figure: 'fibre-2016' },
      { text: ' ÷ (1 + ' },
      { figure: 'fibre-growth' },
      { text: ' ÷ 100) − 2 × 1' },
    ]);
  });
  it('recomputes a derived value from its inputs, French style', () => {
    const lookup = (id: string) => ({ x: 46, y: 39 })[id];
    expect(recomputed({ derived: { formula: '{x} / (1 + {y} / 100)', explanation: '' }, unit: 'M€', signed: false }, lookup)).toBe('33,09\u00a0M€');
    expect(recomputed({ unit: 'M€', signed: false }, lookup)).toBe('');
  });
  it('groups figures by dataset, in dataset order, leaving out empty themes', () => {
    const themes = figuresByTheme([{ id: 'd2', title: 'Deux' }, { id: 'd3', title: 'Vide' }, { id: 'd1', title: 'Un' }], [...figures].map(([id, f]) => ({ id, ...f })));
    expect(themes.map((t) => [t.id, t.figures.map((f) => f.id)])).toEqual([['d2', ['c']], ['d1', ['a', 'b']]]);
  });
});

describe('filter state', () => {
  it('has one distinct address word per figure status', async () => {
    const { VALUE_STATUSES } = await import('../../src/content/schemas.ts');
    const { STATUS_SLUGS } = await import('../../src/lib/explorer/figure-filter-state.ts');
    const slugs = VALUE_STATUSES.map((s) => STATUS_SLUGS[s]);
    expect(slugs.every(Boolean)).toBe(true);
    expect(new Set(slugs).size).toBe(VALUE_STATUSES.length);
  });
  const row = (o: Partial<FilterRow>): FilterRow => ({ theme: 't', status: 'budget', source: 's', year: '2016', value: 1, order: 0, text: 'Déploiement de la fibre', ...o });
  it('reads and writes the address, leaving out empty fields', () => {
    const state = readState('?statut=estimation&q=%C3%A9t%C3%A9&autre=1');
    expect(state).toEqual({ theme: '', status: 'estimation', source: '', year: '', q: 'été', sort: '' });
    expect(writeState(state)).toBe('?statut=estimation&q=%C3%A9t%C3%A9');
    expect(writeState(readState(''))).toBe('');
  });
  it('keeps a row only when every filter passes; text is accent- and case-insensitive, every word needed', () => {
    const none = readState('');
    expect(keeps(row({}), { ...none, q: 'DEPLOIEMENT fibre' })).toBe(true);
    expect(keeps(row({}), { ...none, q: 'fibre campus' })).toBe(false);
    expect(keeps(row({}), { ...none, status: 'estimation' })).toBe(false);
    expect(keeps(row({}), { ...none, year: '2016', theme: 't', source: 's' })).toBe(true);
  });
  it('sorts by value or year, ties in dossier order', () => {
    const rows = [row({ value: 2, order: 0, year: '2017' }), row({ value: 5, order: 1, year: '2015' }), row({ value: 2, order: 2, year: '2015' })];
    expect([...rows].sort(compareRows('valeur-decroissante')).map((r) => r.order)).toEqual([1, 0, 2]);
    expect([...rows].sort(compareRows('annee')).map((r) => r.order)).toEqual([1, 2, 0]);
    expect([...rows].sort(compareRows('')).map((r) => r.order)).toEqual([0, 1, 2]);
  });
});

describe('sources page', () => {
  it('says how precise a date is', () => {
    expect(datePrecisionLabel('2016-05-03')).toBe('au jour près');
    expect(datePrecisionLabel('2016-05')).toBe('au mois près');
    expect(datePrecisionLabel('2016')).toBe('à l’année près');
  });
  it('groups sources by kind (press when unsaid), by date, undated last', () => {
    const s = (id: string, kind: 'entretien' | 'officiel' | undefined, date?: string) => ({ id, data: { kind, date, publisher: id } });
    const groups = sourcesByKind([s('b', undefined), s('a', undefined, '2018'), s('i', 'entretien', '2016'), s('o', 'officiel', '2015')]);
    expect(groups.get('presse')?.map((x) => x.id)).toEqual(['a', 'b']);
    expect(groups.get('entretien')?.map((x) => x.id)).toEqual(['i']);
    expect(groups.get('officiel')?.map((x) => x.id)).toEqual(['o']);
  });
});

describe('chronology', async () => {
  const { chronologyEvents, chronologyChart } = await import('../../src/lib/explorer/explorer-timeline.ts');
  const { layoutTimeline } = await import('../../src/charts/timeline/layout.ts');
  const ev = (id: string, extra: Record<string, unknown> = {}) => ({ id, date: '2016-05', label: `Événement ${id}`, source: 's1', locator: '§1', figures: [] as string[], ...extra });
  const index = { figures: new Map([['f1', [{ href: '/articles/a/#chiffre-f1', label: 'A' }, { href: '/graphiques/#graphique-x', label: 'Graphique\u202f: X' }]]]), datasetArticles: new Map([['d2', [{ href: '/articles/b/', label: 'B' }]]]) };
  it('takes an event’s short label from `short:`, else from a timeline chart, and links the article telling it', () => {
    const events = chronologyEvents(
      [{ id: 'd1', title: 'Un', events: [ev('e1', { short: 'Court', figures: ['f1'] })] }, { id: 'd2', title: 'Deux', events: [ev('e1')] }],
      [{ dataset: 'd2', events: [{ event: 'e1', label: 'Du graphique' }] }],
      index,
    );
    expect(events.map((e) => [e.key, e.short, e.articles.map((a) => a.href)])).toEqual([
      ['d1-e1', 'Court', ['/articles/a/']],
      ['d2-e1', 'Du graphique', ['/articles/b/']],
    ]);
    expect(chronologyChart(events).events.map((e) => e.event)).toEqual(['d1-e1', 'd2-e1']);
  });
  it('names the file and the field when an event has no short label', () => {
    expect(() => chronologyEvents([{ id: 'd3', title: 'T', events: [ev('x')] }], [], index)).toThrow(/content\/data\/d3\.yaml: events\[0\].*`short:`/);
  });
  it('stacks a timeline too dense to label across, even on a wide screen', () => {
    const many = (n: number) => ({ from: 2012, to: 2026, legend: { day: 'j', span: 's', uncertain: 'u' }, events: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, start: 2012 + i / 3, end: 2012 + i / 3, precision: 'day' as const, uncertain: false, dateText: 'x', label: 'Un événement', details: [] })) });
    expect(layoutTimeline(many(13), { width: 720 }).mode).toBe('across');
    expect(layoutTimeline(many(27), { width: 720 }).mode).toBe('stacked');
  });
});
