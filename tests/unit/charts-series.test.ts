import { describe, expect, test } from 'vitest';
import { viewableSvg } from './support/svg-snapshot.ts';
import { FONT_SIZE, layoutSeries, NARROW_BELOW, type SeriesGeometry } from '../../src/charts/series/layout.ts';
import { buildSeriesModel, seriesTableRows } from '../../src/charts/series/model.ts';
import { renderSeriesSvg } from '../../src/charts/series/render.ts';
import type { TextMark } from '../../src/charts/lib/geometry.ts';
import { textWidth } from '../../src/charts/lib/text.ts';
import { SERIES_FIXTURE } from './fixtures/dossier-charts.ts';
import { loadChart, loadFigureSource } from './fixtures/load-content.ts';

const WIDTHS = [320, 640, 1024];
const textsOf = (g: SeriesGeometry): TextMark[] => [...g.legend.texts, g.axisLabel, ...g.ticks, ...g.breaks.flatMap((b) => b.texts), ...g.points.flatMap((p) => [p.value, ...p.axis])];
const left = (t: TextMark) => t.x - (t.anchor === 'middle' ? textWidth(t.text, FONT_SIZE, t.bold) / 2 : t.anchor === 'end' ? textWidth(t.text, FONT_SIZE, t.bold) : 0);
const right = (t: TextMark) => left(t) + textWidth(t.text, FONT_SIZE, t.bold);

describe('layoutSeries()', () => {
  for (const width of WIDTHS) {
    test(`layoutSeries(data, {width: ${width}}) draws as tests/unit/__svg__/series-${width}.svg`, async () => {
      const svg = renderSeriesSvg(layoutSeries(SERIES_FIXTURE, { width }), { idPrefix: 's', titleId: 't', descriptionId: 'd', interactive: true });
      await expect(viewableSvg(svg)).toMatchFileSnapshot(`./__svg__/series-${width}.svg`);
    });

    test(`layoutSeries(data, {width: ${width}}) keeps every text inside the chart`, () => {
      const g = layoutSeries(SERIES_FIXTURE, { width });
      for (const t of textsOf(g)) {
        expect(left(t), t.text).toBeGreaterThanOrEqual(-0.5);
        expect(right(t), t.text).toBeLessThanOrEqual(width + 0.5);
        expect(t.y, t.text).toBeLessThanOrEqual(g.height);
      }
    });

    test(`layoutSeries(data, {width: ${width}}) keeps the labels under neighbouring points apart`, () => {
      const g = layoutSeries(SERIES_FIXTURE, { width });
      for (let i = 1; i < g.points.length; i++) {
        for (const a of g.points[i - 1]!.axis) for (const b of g.points[i]!.axis.filter((t) => t.y === a.y)) expect(right(a), `${a.text} / ${b.text}`).toBeLessThan(left(b));
      }
    });

    test(`layoutSeries(data, {width: ${width}}) places values on one zero-based scale and gives each mark a 24 px target`, () => {
      const g = layoutSeries(SERIES_FIXTURE, { width });
      const base = g.grid[0]!.y;
      const top = g.grid.at(-1)!.y;
      for (const [i, p] of g.points.entries()) {
        expect((base - p.cy) / (base - top)).toBeCloseTo(SERIES_FIXTURE.points[i]!.value / 100, 2);
        expect(p.hit.height).toBeGreaterThanOrEqual(24);
        expect(p.hit.width).toBeGreaterThanOrEqual(24);
      }
    });
  }

  test('layoutSeries() joins only comparable points and writes the reason in the gap', () => {
    const g = layoutSeries(SERIES_FIXTURE, { width: 640 });
    expect(g.segments).toHaveLength(1);
    const [, p17, p18] = g.points;
    expect(g.segments[0]).toBe(`M${p17!.cx},${p17!.cy}L${p18!.cx},${p18!.cy}`);
    expect(g.breaks).toHaveLength(1);
    const texts = g.breaks[0]!.texts;
    expect(texts.map((t) => t.text).join(' ')).toBe('question posée autrement');
    for (const t of texts) {
      expect(left(t)).toBeGreaterThan(g.points[0]!.cx);
      expect(right(t)).toBeLessThan(p17!.cx);
    }
  });

  test('layoutSeries() draws the point with a caveat hollow, and only that one', () => {
    expect(layoutSeries(SERIES_FIXTURE, { width: 320 }).points.map((p) => p.caveat)).toEqual([true, false, false]);
  });

  test('layoutSeries() switches to the phone layout below NARROW_BELOW and never draws text under 12 px at 320 px', () => {
    expect(layoutSeries(SERIES_FIXTURE, { width: NARROW_BELOW - 1 }).mode).toBe('narrow');
    expect(layoutSeries(SERIES_FIXTURE, { width: NARROW_BELOW }).mode).toBe('wide');
    // 14 px at scale 1; the no-JavaScript phone SVG is designed at 320 px and never shown below 288 px.
    expect(layoutSeries(SERIES_FIXTURE, { width: 320 }).fontSize * (288 / 320)).toBeGreaterThanOrEqual(12);
  });
});

describe('buildSeriesModel() on the declared recruitment chart', () => {
  const chart = loadChart('recrutement-difficile-editions');
  if (chart.kind !== 'series') throw new Error('expected a series chart');
  const dossier = loadFigureSource('emploi-numerique');
  const model = buildSeriesModel(chart, dossier);

  test('draws the three editions on a 0–100 % scale, the first one with its caveat and not joined', () => {
    expect(model.points.map((p) => [p.id, p.valueText, p.caveat, p.breakBefore ?? null])).toEqual([
      ['recrutement-difficile-2016', '50\u202f%', true, null],
      ['recrutement-difficile-2017', '60\u202f%', false, 'question posée autrement'],
      ['recrutement-difficile-2018', '71\u202f%', false, null],
    ]);
    expect(model.max).toBe(100);
    expect(model.ticks.map((t) => t.text)).toEqual(['0\u202f%', '20\u202f%', '40\u202f%', '60\u202f%', '80\u202f%', '100\u202f%']);
  });

  test('gives each point a tooltip with value, edition and date, status, source and locator', () => {
    const first = model.points[0]!.details.join(' | ');
    for (const t of ['50\u202f%', '1re édition, printemps 2016\u202f?', 'chiffre publié par la source, 2016', 'Date déduite', 'Source\u202f: L’Usine Digitale, texte de l’article']) expect(first).toContain(t);
    expect(model.points[1]!.details).toContain('Source\u202f: RCF, texte de l’article');
  });

  test('seriesTableRows() has one row per point, with the chart’s values and the caveat', () => {
    const rows = seriesTableRows(chart, dossier);
    expect(rows.map((r) => [r.id, r.value])).toEqual(model.points.map((p) => [p.id, p.valueText]));
    expect(rows[0]!.label).toBe('1re édition, printemps 2016\u202f?');
    expect(rows[0]!.status).toContain('question portait sur la difficulté à attirer des talents');
    expect(rows[2]!.origin).toBe('Source\u202f: Acteurs de l’économie – La Tribune, texte de l’article');
  });

  test('renderSeriesSvg() writes no style attribute; static is one named image, interactive has one tab stop', () => {
    const g = layoutSeries(model, { width: 320 });
    const fixed = renderSeriesSvg(g, { idPrefix: 's', titleId: 't', descriptionId: 'd', interactive: false });
    const live = renderSeriesSvg(g, { idPrefix: 's', titleId: 't', descriptionId: 'd', interactive: true });
    for (const svg of [fixed, live]) expect(svg).not.toMatch(/\sstyle=/);
    expect(fixed).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="t d"/);
    expect(fixed).not.toContain('tabindex');
    expect(live.match(/tabindex="0"/g)).toHaveLength(1);
    expect(live.match(/class="chart-mark"/g)).toHaveLength(3);
    expect(live).toContain('class="series-dot is-caveat"');
  });
});
