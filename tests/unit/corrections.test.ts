/** The corrections log: order, which entries concern an article or a chart, last-modified dates. */
import { describe, expect, test } from 'vitest';
import type { ChartData, CorrectionData } from '../../src/content/schemas.ts';
import { allCorrections, articleCorrections, chartCorrections, correctionForExport, lastModified, type CorrectableSet } from '../../src/lib/editorial/corrections.ts';
import { correctionPages } from '../../src/lib/editorial/corrections-pages.ts';
import { lastModifiedByPath } from '../../src/lib/site/sitemap-dates.ts';

const entry = (date: string, what: string, ids: Partial<Pick<CorrectionData, 'figures' | 'quotations'>> = {}): CorrectionData => ({
  date,
  what,
  why: 'Parce que.',
  figures: ids.figures ?? [],
  quotations: ids.quotations ?? [],
});
const value = (id: string) => ({ id, label: id, value: 1, unit: 'M€' as const, year: 2016, status: 'reported' as const, signed: false, source: 's', locator: '§1' });
const seriesChart = (dataset: string, figures: string[], corrections: CorrectionData[]): ChartData => ({
  kind: 'series',
  dataset,
  title: 'Une série',
  description: 'd',
  notes: [],
  source: 's',
  sources: [],
  corrections,
  axisLabel: 'a',
  legend: { firm: 'f', caveat: 'c' },
  points: figures.map((figure) => ({ figure, label: figure, when: '2016' })),
});

const set: CorrectableSet = {
  articles: [
    { id: 'a-chiffres', body: 'Un chiffre : <Figure id="f1" />.', data: { title: 'Article chiffres', kind: 'article', date: new Date('2026-11-26'), corrections: [entry('2026-11-28', 'Article corrigé')] } },
    { id: 'a-graphique', body: '<Chart id="c-serie" />\n\n<Quote id="q1" />', data: { title: 'Article graphique', kind: 'analyse', date: new Date('2026-11-26'), corrections: [] } },
    { id: 'a-rien', body: 'Rien.', data: { title: 'Article sans rien', kind: 'article', date: new Date('2026-11-27'), corrections: [] } },
  ],
  datasets: [
    { id: 'd1', data: { title: 'Données 1', values: [value('f1'), value('f2')], corrections: [entry('2026-12-01', 'f2 corrigé', { figures: ['f2'] }), entry('2026-11-27', 'Données 1 précisées')] } },
    { id: 'd2', data: { title: 'Données 2', values: [value('g1')], corrections: [] } },
  ],
  comparisons: [],
  charts: [{ id: 'c-serie', data: seriesChart('d2', ['g1'], [entry('2026-11-30', 'Graphique corrigé')]) }],
};
// An entry made in one article about a quotation another article shows.
set.articles[0]!.data.corrections.push(entry('2026-12-02', 'Citation corrigée', { quotations: ['q1'] }));

describe('allCorrections()', () => {
  test('lists every entry newest first, with where it was made and a stable key', () => {
    const all = allCorrections(set);
    expect(all.map((c) => c.date)).toEqual(['2026-12-02', '2026-12-01', '2026-11-30', '2026-11-28', '2026-11-27']);
    expect(all[1]?.origin).toEqual({ kind: 'dataset', id: 'd1', title: 'Données 1' });
    expect(all.map((c) => c.key)).toEqual(['2026-12-02-article-a-chiffres-2', '2026-12-01-dataset-d1-1', '2026-11-30-chart-c-serie-1', '2026-11-28-article-a-chiffres-1', '2026-11-27-dataset-d1-2']);
  });
});

describe('articleCorrections()', () => {
  test('an article sees its own entries, and a dataset’s general entries when it shows one of its figures, but not one naming a figure it does not show', () => {
    expect(articleCorrections(set.articles[0]!, set).map((c) => c.what)).toEqual(['Citation corrigée', 'Article corrigé', 'Données 1 précisées']);
  });
  test('an article sees the entries of the charts it shows and of the quotations it shows, wherever made', () => {
    expect(articleCorrections(set.articles[1]!, set).map((c) => c.what)).toEqual(['Citation corrigée', 'Graphique corrigé']);
  });
  test('an article that shows nothing corrected sees nothing', () => {
    expect(articleCorrections(set.articles[2]!, set)).toEqual([]);
  });
});

describe('chartCorrections()', () => {
  test('a chart carries its own entries and those of its dataset', () => {
    expect(chartCorrections('c-serie', set).map((c) => c.what)).toEqual(['Graphique corrigé']);
    expect(chartCorrections('inconnu', set)).toEqual([]);
  });
  test('its export form keeps the fields and says where it was made', () => {
    expect(correctionForExport(chartCorrections('c-serie', set)[0]!)).toEqual({
      date: '2026-11-30',
      what: 'Graphique corrigé',
      why: 'Parce que.',
      figures: [],
      quotations: [],
      origin: { kind: 'chart', id: 'c-serie', title: 'Une série' },
    });
  });
});

describe('dates', () => {
  test('lastModified() is the latest correction when later than publication', () => {
    expect(lastModified(new Date('2026-11-26'), [{ date: '2026-11-30' }, { date: '2026-11-28' }]).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(lastModified(new Date('2026-11-26'), []).toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });
  test('the sitemap dates each article and the log page', () => {
    expect(Object.fromEntries(lastModifiedByPath(set))).toEqual({
      '/articles/a-chiffres/': '2026-12-02',
      '/analyse/a-graphique/': '2026-12-02',
      '/articles/a-rien/': '2026-11-27',
      '/corrections/': '2026-12-02',
    });
  });
  test('the log page links each entry to the pages it concerns', () => {
    const all = allCorrections(set);
    const byArticle = new Map(set.articles.map((a) => [a.id, articleCorrections(a, set, all)]));
    const byChart = new Map(set.charts.map((c) => [c.id, chartCorrections(c.id, set, all)]));
    const pages = correctionPages({ byArticle, byChart }, set.articles, set.charts);
    expect(pages.get(all[0]!)?.map((p) => p.href)).toEqual(['/articles/a-chiffres/#corrections', '/analyse/a-graphique/#corrections']);
    expect(pages.get(all[2]!)?.map((p) => p.href)).toEqual(['/analyse/a-graphique/#corrections', '/graphiques/#graphique-c-serie']);
  });
});
