import { describe, expect, test } from 'vitest';
import { viewableSvg } from './support/svg-snapshot.ts';
import { ACROSS_FROM, FONT_SIZE, layoutTimeline, spreadCentres, type TimelineGeometry } from '../../src/charts/timeline/layout.ts';
import { buildTimelineModel, datePeriod, timelineTableRows } from '../../src/charts/timeline/model.ts';
import { renderTimelineSvg } from '../../src/charts/timeline/render.ts';
import type { TextMark } from '../../src/charts/lib/geometry.ts';
import { textBox, textWidth } from '../../src/charts/lib/text.ts';
import { inflate } from '../../src/charts/lib/geometry.ts';
import { datasetSchema } from '../../src/content/schemas.ts';
import { TIMELINE_FIXTURE } from './fixtures/dossier-charts.ts';
import { loadChart, loadFigureSource } from './fixtures/load-content.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const WIDTHS = [320, 640, 1024];
const textsOf = (g: TimelineGeometry): TextMark[] => [...g.legend.texts, ...g.years, ...g.events.flatMap((e) => e.texts)];
const left = (t: TextMark) => t.x - (t.anchor === 'middle' ? textWidth(t.text, FONT_SIZE, t.bold) / 2 : t.anchor === 'end' ? textWidth(t.text, FONT_SIZE, t.bold) : 0);
const right = (t: TextMark) => left(t) + textWidth(t.text, FONT_SIZE, t.bold);
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutTimeline()', () => {
  for (const width of WIDTHS) {
    test(`layoutTimeline(data, {width: ${width}}) draws as tests/unit/__svg__/timeline-${width}.svg`, async () => {
      const svg = renderTimelineSvg(layoutTimeline(TIMELINE_FIXTURE, { width }), { idPrefix: 'l', titleId: 't', descriptionId: 'd', interactive: true });
      await expect(viewableSvg(svg)).toMatchFileSnapshot(`./__svg__/timeline-${width}.svg`);
    });

    test(`layoutTimeline(data, {width: ${width}}) keeps every text inside the chart`, () => {
      const g = layoutTimeline(TIMELINE_FIXTURE, { width });
      for (const t of textsOf(g)) {
        expect(left(t), t.text).toBeGreaterThanOrEqual(-0.5);
        expect(right(t), t.text).toBeLessThanOrEqual(width + 0.5);
        expect(t.y, t.text).toBeLessThanOrEqual(g.height);
      }
    });

    test(`layoutTimeline(data, {width: ${width}}) never lets two event labels overlap`, () => {
      const { events } = layoutTimeline(TIMELINE_FIXTURE, { width });
      for (let i = 0; i < events.length; i++) for (let j = i + 1; j < events.length; j++) expect(overlap(events[i]!.label, events[j]!.label), `${events[i]!.id} / ${events[j]!.id}`).toBe(false);
    });

    test(`layoutTimeline(data, {width: ${width}}) keeps the events in date order with targets of at least 24 px`, () => {
      const g = layoutTimeline(TIMELINE_FIXTURE, { width });
      expect(g.events.map((e) => e.id)).toEqual(TIMELINE_FIXTURE.events.map((e) => e.id));
      for (const e of g.events) expect(e.label.height).toBeGreaterThanOrEqual(24);
    });
  }

  test('layoutTimeline() runs across from ACROSS_FROM px, with time left to right on one linear axis', () => {
    expect(layoutTimeline(TIMELINE_FIXTURE, { width: ACROSS_FROM - 1 }).mode).toBe('stacked');
    const g = layoutTimeline(TIMELINE_FIXTURE, { width: 1024 });
    expect(g.mode).toBe('across');
    const x = (id: string) => g.events.find((e) => e.id === id)!.marker;
    const centre = (id: string) => x(id).x + x(id).width / 2;
    expect(centre('a')).toBeLessThan(centre('b'));
    // September 2017 and 13 November 2024 are about 7,2 years apart; 2015 to 2026 spans the axis.
    const perYear = (1024 - 20) / 11;
    expect((centre('g') - centre('e')) / perYear).toBeCloseTo(2024.87 - 2017.7083, 1);
  });

  test('layoutTimeline() draws a day as a dot, a month or year as a bar over it, inferred dates hollow', () => {
    const g = layoutTimeline(TIMELINE_FIXTURE, { width: 1024 });
    const m = (id: string) => g.events.find((e) => e.id === id)!.marker;
    expect(m('c').shape).toBe('dot');
    expect(m('e').shape).toBe('bar');
    expect(m('f').width).toBeCloseTo((1024 - 20) / 11, 0);
    expect(m('e').width).toBeCloseTo(Math.max(12, (1024 - 20) / 11 / 12), 0);
    expect(g.events.filter((e) => e.marker.uncertain).map((e) => e.id)).toEqual(['a', 'b', 'f', 'h']);
  });

  test('layoutTimeline() stacks events top to bottom on phones, more room where more time passed', () => {
    const g = layoutTimeline(TIMELINE_FIXTURE, { width: 320 });
    expect(g.mode).toBe('stacked');
    const tops = g.events.map((e) => e.label.y);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    const gap = (i: number) => g.events[i + 1]!.label.y - (g.events[i]!.label.y + g.events[i]!.label.height);
    expect(gap(5)).toBeGreaterThan(gap(2)); // 2020 → 2024 against December 2016 → February 2017
    expect(g.years.map((y) => y.text)).toEqual(['2015', '2016', '2017', '2020', '2024', '2025']);
  });

  test('spreadCentres() keeps labels near their dates and at least one step apart, inside the bounds', () => {
    expect(spreadCentres([10, 200, 205, 210], 50, 0, 500)).toEqual([10, 155, 205, 255]);
    expect(spreadCentres([10, 20, 300], 50, 0, 500)).toEqual([0, 50, 300]);
    expect(spreadCentres([480, 490], 50, 0, 500)).toEqual([450, 500]);
  });
});

describe('buildTimelineModel() on the declared Campus timeline', () => {
  const chart = loadChart('campus-chronologie');
  if (chart.kind !== 'timeline') throw new Error('expected a timeline chart');
  const events = datasetSchema.parse(parse(readFileSync('content/data/campus-numerique.yaml', 'utf8'))).events;
  const source = { ...loadFigureSource('campus-numerique'), events };
  const model = buildTimelineModel(chart, source);

  test('datePeriod() turns a partial date into the period it covers', () => {
    expect(datePeriod('2020')).toEqual({ start: 2020, end: 2021, precision: 'year' });
    expect(datePeriod('2015-10')).toEqual({ start: 2015.75, end: 2015 + 10 / 12, precision: 'month' });
    const day = datePeriod('2019-06-21');
    expect(day.precision).toBe('day');
    expect(day.start).toBeCloseTo(2019 + 171.5 / 365, 5);
  });

  test('spans October 2015 to the 2025 extension, in date order, with every dataset event', () => {
    expect(model.events).toHaveLength(events.length);
    expect(model.events[0]!.id).toBe('annonce-campagne');
    expect(model.events.at(-1)!.id).toBe('agrandissement');
    expect([model.from, model.to]).toEqual([2015, 2026]);
    expect(model.events.map((e) => e.dateText)).toContain('4 janvier 2021');
  });

  test('marks an event with a date note as uncertain, and says why in its tooltip', () => {
    const annonce = model.events[0]!;
    expect(annonce).toMatchObject({ precision: 'month', uncertain: true, dateText: 'octobre 2015' });
    expect(annonce.details).toContain('Date\u202f: mois déduit de l’adresse d’un blog de campagne (source partisane)');
    expect(model.events.find((e) => e.id === 'premiere-pierre')!.uncertain).toBe(false);
  });

  test('does not give the interview a day: 3 May 2016 is only the latest possible date', () => {
    const interview = model.events.find((e) => e.id === 'entretien-lyon-entreprises')!;
    expect(interview).toMatchObject({ precision: 'year', uncertain: true, dateText: '2016' });
    expect(interview.details.join(' | ')).toContain('au plus tard le 3\u00a0mai');
  });

  test('lists the linked figures, formatted, and the source with its locator', () => {
    const annonce = model.events[0]!.details.join(' | ');
    expect(annonce).toContain('bas de la fourchette (campagne de 2015)\u202f: 6\u00a0M€');
    expect(annonce).toContain('Source\u202f: Blog de campagne d’Astrid Baudroche, texte du billet');
    const extension = model.events.at(-1)!.details.join(' | ');
    expect(extension).toContain('20\u00a0M€');
    expect(extension).toContain('4\u202f500\u00a0m²');
  });

  test('timelineTableRows() has one row per event: the event and its figures, the date, its precision, the origin', () => {
    const rows = timelineTableRows(chart, source);
    expect(rows.map((r) => r.id)).toEqual(model.events.map((e) => e.id));
    const first = rows[0]!;
    expect(first.value).toBe('octobre 2015');
    expect(first.status).toBe('date déduite ou approximative\u202f: mois déduit de l’adresse d’un blog de campagne (source partisane)');
    expect(first.label).toContain('Chiffres liés\u202f:');
    expect(rows.find((r) => r.id === 'premiere-pierre')!.status).toBe('jour connu');
    expect(rows.find((r) => r.id === 'ouverture-king-charles')!.status).toBe('mois ou année seulement');
  });

  test('renderTimelineSvg() writes no style attribute; interactive marks are named, one tab stop', () => {
    for (const width of [320, 720]) {
      const g = layoutTimeline(model, { width });
      const live = renderTimelineSvg(g, { idPrefix: 'x', titleId: 't', descriptionId: 'd', interactive: true });
      expect(live).not.toMatch(/\sstyle=/);
      expect(live.match(/tabindex="0"/g)).toHaveLength(1);
      expect(live.match(/class="chart-mark"/g)).toHaveLength(events.length);
      expect(live).toContain('class="timeline-marker is-uncertain is-span"');
    }
  });
});

/** Property checks across the horizontal layout's widths: leaders, year names and markers keep apart. */
describe('layoutTimeline(): no overlaps on the across axis (test fixture and the declared Campus timeline)', () => {
  const campus = (() => {
    const chart = loadChart('campus-chronologie');
    if (chart.kind !== 'timeline') throw new Error('expected a timeline chart');
    const events = datasetSchema.parse(parse(readFileSync('content/data/campus-numerique.yaml', 'utf8'))).events;
    return buildTimelineModel(chart, { ...loadFigureSource('campus-numerique'), events });
  })();
  const DATA = [TIMELINE_FIXTURE, campus];
  const ACROSS_WIDTHS = [640, 700, 768, 900, 1024, 1280];
  type Seg = { x1: number; y1: number; x2: number; y2: number };
  /** The straight segments of a leader path (M, V and L commands only). */
  const segments = (d: string): Seg[] => {
    const out: Seg[] = [];
    let x = 0;
    let y = 0;
    for (const [, cmd, args] of d.matchAll(/([MVL])([^MVL]+)/g)) {
      const [a, b] = args!.split(',').map(Number);
      if (cmd === 'M') [x, y] = [a!, b!];
      else if (cmd === 'V') (out.push({ x1: x, y1: y, x2: x, y2: a! }), (y = a!));
      else (out.push({ x1: x, y1: y, x2: a!, y2: b! }), ([x, y] = [a!, b!]));
    }
    return out;
  };
  /** Whether a segment passes through a box (sampled every half pixel: exact enough for 1 px lines). */
  const crosses = (s: Seg, b: { x: number; y: number; width: number; height: number }) => {
    const n = Math.ceil(Math.hypot(s.x2 - s.x1, s.y2 - s.y1) * 2) + 1;
    for (let k = 0; k <= n; k++) {
      const px = s.x1 + ((s.x2 - s.x1) * k) / n;
      const py = s.y1 + ((s.y2 - s.y1) * k) / n;
      if (px > b.x && px < b.x + b.width && py > b.y && py < b.y + b.height) return true;
    }
    return false;
  };

  test('no leader line crosses a year name, at any across width', () => {
    for (const data of DATA) for (const width of ACROSS_WIDTHS) {
      const g = layoutTimeline(data, { width });
      expect(g.mode).toBe('across');
      for (const yr of g.years) {
        const box = textBox(yr, FONT_SIZE);
        for (const e of g.events) for (const s of segments(e.leader)) expect(crosses(s, box), `leader of ${e.id} crosses ${yr.text} at ${width} px`).toBe(false);
      }
    }
  });

  test('year names: all of them from 1024 px; where dates crowd, never two in a row left out (event labels carry their year)', () => {
    for (const data of DATA) for (const width of ACROSS_WIDTHS) {
      const named = new Set(layoutTimeline(data, { width }).years.map((y) => Number(y.text)));
      const all = Array.from({ length: Math.floor(data.to - data.from) }, (_, k) => data.from + k);
      if (width >= 1024) expect([...named].sort(), `${width} px`).toEqual(all);
      for (const y of all) expect(named.has(y) || (named.has(y - 1) && named.has(y + 1)), `${y} at ${width} px`).toBe(true);
    }
  });

  test('no two date markers touch, at any across width (unless one period contains the other)', () => {
    for (const data of DATA) for (const width of ACROSS_WIDTHS) {
      const { events } = layoutTimeline(data, { width });
      // An event known only by its year is a bar over that year: a dated event inside it sits on it by design.
      const period = new Map(data.events.map((e) => [e.id, e]));
      const apart = (a: string, b: string) => period.get(a)!.end <= period.get(b)!.start || period.get(b)!.end <= period.get(a)!.start;
      for (let i = 0; i < events.length; i++)
        for (let j = i + 1; j < events.length; j++) if (apart(events[i]!.id, events[j]!.id)) expect(overlap(inflate(events[i]!.marker, 0.5), inflate(events[j]!.marker, 0.5)), `${events[i]!.id} / ${events[j]!.id} at ${width} px`).toBe(false);
    }
  });
});
