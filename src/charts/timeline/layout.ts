/**
 * The timeline's geometry: typed data and a width in, plain numbers and strings out.
 * Pure (no DOM), shared by the server render and the enhancer.
 *
 * Two designed layouts. From ACROSS_FROM px, time runs left to right on one linear
 * axis; labels alternate above and below it, each kept as near its date as the labels
 * beside it allow, joined to it by a leader; leaders never cross, since labels keep the
 * order of their dates. Below that, events stack top to bottom beside a vertical line,
 * one per row, the years in the margin, with more room where more time passed.
 * A day is a dot; a month or a year is a bar over that period (a fixed pill when
 * stacked); an inferred or approximate date is hollow with a dashed outline.
 */
import type { Box, TextMark } from '../lib/geometry.ts';
import { box, FONT_SIZE, layoutWidth, measure, r, text, wrap, type LayoutOptions } from '../lib/layout-kit.ts';
import type { DatePrecision, TimelineData } from './types.ts';

/** From this width, the horizontal layout. */
export const ACROSS_FROM = 640;
/** Below this width per event, labels across would collide (/chronologie/ draws ~30 events): stack instead. */
const ACROSS_MIN_PER_EVENT = 40;
export { FONT_SIZE, type LayoutOptions };
const LINE = 18;
const DOT = 6;
const FAN = 40;
const SIDE = 10;
/** Year names' baselines (across): below the axis, or above it where leaders leave no room below. */
const YEAR_BELOW = 22;
const YEAR_ABOVE = -12;
/** Leaders leave their marker straight up or down this far, past both year rows, before they bend. */
const DROP = 29;
/** Smallest dot radius when dates crowd: dots shrink down to it rather than merge. */
const MIN_DOT = 3;

/** The shape on the axis: a dot for a day, a bar (or pill) for a month or a year. */
export interface Marker extends Box {
  shape: 'dot' | 'bar';
  uncertain: boolean;
}

/** One event with its marker, label and leader. */
export interface EventMark {
  id: string;
  precision: DatePrecision;
  marker: Marker;
  /** Date (bold) then the short label's lines. */
  texts: TextMark[];
  /** Box around the texts: focus ring and hover target. */
  label: Box;
  /** From the marker to the label ('' when they touch). */
  leader: string;
  details: string[];
}

export interface TimelineGeometry {
  width: number;
  height: number;
  mode: 'across' | 'stacked';
  fontSize: number;
  legend: { markers: Marker[]; texts: TextMark[] };
  /** The time line itself. */
  axis: string;
  /** Year boundaries (across) and year names. */
  ticks: string;
  years: TextMark[];
  events: EventMark[];
}

const lineWidth = (t: TextMark) => measure(t.text, t.bold);

/** Legend items in a flowing row: each swatch then its words, wrapping to new lines. */
function layoutLegend(data: TimelineData, W: number): { markers: Marker[]; texts: TextMark[]; bottom: number } {
  const items: [string, Marker['shape'], boolean][] = [
    [data.legend.day, 'dot', false],
    [data.legend.span, 'bar', false],
    [data.legend.uncertain, 'dot', true],
  ];
  const markers: Marker[] = [];
  const texts: TextMark[] = [];
  let x = 0;
  let y = 0;
  for (const [words, shape, uncertain] of items) {
    const sw = shape === 'bar' ? 24 : 2 * DOT;
    const need = sw + 6 + measure(words);
    if (x > 0 && x + need > W) {
      x = 0;
      y += LINE + 4;
    }
    const lines = wrap(words, W - x - sw - 6);
    markers.push({ shape, uncertain, ...box(x, y + 9 - DOT, sw, 2 * DOT) });
    lines.forEach((t, i) => texts.push(text(t, x + sw + 6, y + 14 + i * LINE)));
    y += (lines.length - 1) * LINE;
    x += need + 20;
  }
  return { markers, texts, bottom: y + LINE };
}

/**
 * Centres for labels one `gap` apart at least, in order, inside [lo, hi], each as near its
 * ideal x as its neighbours allow: labels that would crowd form a cluster centred on
 * their ideal positions (least squares), and clusters merge until none overlap.
 */
export function spreadCentres(ideal: number[], gap: number, lo: number, hi: number): number[] {
  type Cluster = { first: number; n: number; base: number };
  const clusters: Cluster[] = [];
  const place = (c: Cluster) => {
    let sum = 0;
    for (let j = 0; j < c.n; j++) sum += ideal[c.first + j]! - j * gap;
    c.base = Math.min(Math.max(sum / c.n, lo), hi - (c.n - 1) * gap);
  };
  ideal.forEach((_, i) => {
    const c: Cluster = { first: i, n: 1, base: 0 };
    place(c);
    clusters.push(c);
    while (clusters.length > 1) {
      const last = clusters.at(-1)!;
      const prev = clusters.at(-2)!;
      if (prev.base + prev.n * gap <= last.base) break;
      prev.n += last.n;
      clusters.pop();
      place(prev);
    }
  });
  return clusters.flatMap((c) => Array.from({ length: c.n }, (_, j) => Math.round((c.base + j * gap) * 10) / 10));
}

/** Lays the timeline out at `width` px. */
export function layoutTimeline(data: TimelineData, { width }: LayoutOptions): TimelineGeometry {
  const W = layoutWidth(width);
  const legend = layoutLegend(data, W);
  const top = legend.bottom + 18;
  return W >= ACROSS_FROM && W / data.events.length >= ACROSS_MIN_PER_EVENT ? layoutAcross(data, W, legend, top) : layoutStacked(data, W, legend, top);
}

function layoutAcross(data: TimelineData, W: number, legend: ReturnType<typeof layoutLegend>, top: number): TimelineGeometry {
  const x0 = SIDE;
  const x1 = W - SIDE;
  const span = data.to - data.from;
  const xOf = (t: number) => x0 + ((t - data.from) / span) * (x1 - x0);
  const mid = data.events.map((e) => (xOf(e.start) + xOf(e.end)) / 2);
  // Events alternate above and below the axis; on each side, labels alternate between a
  // near and a far row, so that a label may be as wide as two steps and a far row's
  // leader passes between two near labels.
  const sides = [0, 1].map((s) => data.events.map((_, i) => i).filter((i) => i % 2 === s));
  const most = Math.max(...sides.map((s) => s.length));
  const step = Math.min(110, (x1 - x0 + 24) / (most + 1));
  const halfStep = step - 12;
  const blocks = data.events.map((e) => [text(e.dateText, 0, 0, 'middle', true), ...wrap(e.label, 2 * halfStep - 8).map((t) => text(t, 0, 0, 'middle'))]);
  const heightOf = (i: number) => blocks[i]!.length * LINE;
  const centre = new Map<number, number>();
  const far = new Set<number>();
  sides.forEach((index) => {
    const c = spreadCentres(index.map((i) => mid[i]!), step, x0 + halfStep, x1 - halfStep);
    index.forEach((i, j) => {
      centre.set(i, c[j]!);
      if (j % 2 === 1) far.add(i);
    });
  });
  const rowHeight = (side: number, isFar: boolean) => Math.max(0, ...sides[side]!.filter((i) => far.has(i) === isFar).map(heightOf));
  const ROW_GAP = 10;
  const nearAbove = rowHeight(0, false);
  const farAbove = rowHeight(0, true);
  const axisY = top + farAbove + (farAbove ? ROW_GAP : 0) + nearAbove + FAN;
  const nearBelowTop = axisY + 24 + FAN;
  const nearBelow = rowHeight(1, false);

  const extents = markerExtents(data, xOf);
  const events: EventMark[] = data.events.map((e, i) => {
    const above = i % 2 === 0;
    const isFar = far.has(i);
    const c = centre.get(i)!;
    const h = heightOf(i);
    const blockTop = above ? axisY - FAN - (isFar ? nearAbove + ROW_GAP : 0) - h : nearBelowTop + (isFar ? nearBelow + ROW_GAP : 0);
    const texts = blocks[i]!.map((t, j) => text(t.text, c, blockTop + j * LINE + 14, 'middle', t.bold));
    const w = Math.max(...texts.map(lineWidth));
    const label = box(Math.max(0, c - w / 2 - 4), blockTop - 3, Math.min(W, w + 8), h + 6);
    const { lo, hi } = extents[i]!;
    const marker: Marker =
      e.precision === 'day'
        ? { shape: 'dot', uncertain: e.uncertain, ...box(lo, axisY - (hi - lo) / 2, hi - lo, hi - lo) }
        : { shape: 'bar', uncertain: e.uncertain, ...box(lo, axisY - DOT, hi - lo, 2 * DOT) };
    const dir = above ? -1 : 1;
    const from = axisY + dir * (DOT + 3);
    const fan = (above ? axisY - FAN : nearBelowTop) - dir * 4;
    const to = above ? label.y + label.height : label.y;
    // The leader leaves its marker straight past the year rows before it bends: year names dodge it.
    const bend = axisY + dir * DROP;
    const leader = `M${r(mid[i]!)},${r(from)}V${r(bend)}L${r(c)},${r(fan)}V${r(to)}`;
    return { id: e.id, precision: e.precision, marker, texts, label, leader, details: e.details };
  });

  const leadersAt = (side: number) => data.events.map((_, i) => mid[i]!).filter((_, i) => i % 2 === side);
  const rows = [
    { leaders: leadersAt(1), y: axisY + YEAR_BELOW },
    { leaders: leadersAt(0), y: axisY + YEAR_ABOVE },
  ];
  const yearWidth = (x1 - x0) / span;
  const every = Math.max(1, Math.ceil((measure('2000') + 10) / yearWidth));
  const years: TextMark[] = [];
  let ticks = '';
  for (let y = data.from; y <= data.to; y++) {
    ticks += `M${r(xOf(y))},${r(axisY - 5)}V${r(axisY + 5)}`;
    if (y < data.to && (y - data.from) % every === 0) {
      for (const row of rows) {
        const x = yearX(String(y), xOf(y), xOf(y + 1), row.leaders);
        if (x === undefined) continue;
        years.push(text(String(y), x, row.y, 'middle'));
        break;
      }
    }
  }
  const bottom = Math.max(axisY + 30, ...events.map((e) => e.label.y + e.label.height)) + 4;
  return { width: W, height: r(bottom), mode: 'across', fontSize: FONT_SIZE, legend: { markers: legend.markers, texts: legend.texts }, axis: `M${x0},${r(axisY)}H${x1}`, ticks, years, events };
}

/**
 * Each marker's extent on the across axis. A day's dot and a short period's pill are DOT
 * wide on each side, or less where dates crowd (down to MIN_DOT); a longer period keeps
 * its extent, trimmed at an end where a date just beside it needs room. Neighbouring
 * markers thus keep at least 2 px between them.
 */
function markerExtents(data: TimelineData, xOf: (t: number) => number): { lo: number; hi: number }[] {
  const centre = data.events.map((e) => (xOf(e.start) + xOf(e.end)) / 2);
  const own = data.events.map((e) => (e.precision === 'day' ? 0 : (xOf(e.end) - xOf(e.start)) / 2));
  const rigid = (i: number) => own[i]! >= DOT;
  const halves = data.events.map((_, i) => {
    if (rigid(i)) return own[i]!;
    let room = DOT;
    centre.forEach((c, j) => {
      if (j === i) return;
      const dist = Math.abs(c - centre[i]!);
      // Against a long period, take what it leaves; between two small markers, share the gap.
      room = Math.min(room, rigid(j) ? dist - own[j]! - 2 : dist / 2 - 1);
    });
    return Math.max(MIN_DOT, own[i]!, room);
  });
  const extents = centre.map((c, i) => ({ lo: c - halves[i]!, hi: c + halves[i]! }));
  extents.forEach((ext, i) => {
    if (!rigid(i)) return;
    extents.forEach((o, j) => {
      if (j === i || rigid(j)) return;
      if (centre[j]! >= ext.hi && o.lo - 2 < ext.hi) ext.hi = o.lo - 2;
      if (centre[j]! <= ext.lo && o.hi + 2 > ext.lo) ext.lo = o.hi + 2;
    });
  });
  return extents.map(({ lo, hi }) => ({ lo: r(lo), hi: r(hi) }));
}

/**
 * Where a year's name goes in a row of the across axis: as near the middle of its year as
 * the leaders passing through the row allow, inside the year; undefined when no place is clear.
 */
function yearX(name: string, start: number, end: number, leaders: number[]): number | undefined {
  const w = measure(name) / 2;
  const half = w + 1.5;
  const ideal = (start + end) / 2;
  const candidates: number[] = [ideal];
  for (const x of leaders) candidates.push(x - half - 0.5, x + half + 0.5);
  const clear = (c: number) => c - w >= start - 1 && c + w <= end + 1 && leaders.every((x) => Math.abs(x - c) > half);
  return candidates.filter(clear).sort((a, b) => Math.abs(a - ideal) - Math.abs(b - ideal))[0];
}

function layoutStacked(data: TimelineData, W: number, legend: ReturnType<typeof layoutLegend>, top: number): TimelineGeometry {
  const axisX = 58;
  const textX = axisX + 18;
  const years: TextMark[] = [];
  const events: EventMark[] = [];
  let y = top;
  let lastYear = NaN;
  data.events.forEach((e, i) => {
    if (i > 0) y += 14 + Math.min(40, Math.max(0, e.start - data.events[i - 1]!.end) * 12);
    const year = Math.floor(e.start);
    const lines = [text(e.dateText, textX, 0, 'start', true), ...wrap(e.label, W - textX).map((t) => text(t, textX, 0))];
    const texts = lines.map((t, j) => ({ ...t, y: r(y + j * LINE + 14) }));
    if (year !== lastYear) years.push(text(String(year), 0, y + 14, 'start', true));
    lastYear = year;
    const pill = e.precision === 'day' ? 2 * DOT : e.precision === 'month' ? 18 : 32;
    const marker: Marker = { shape: e.precision === 'day' ? 'dot' : 'bar', uncertain: e.uncertain, ...box(axisX - DOT, y + 9 - DOT, 2 * DOT, pill) };
    const h = Math.max(lines.length * LINE, pill + 3);
    const label = box(textX - 4, y - 3, Math.min(W - textX + 4, Math.max(...texts.map(lineWidth)) + 8), lines.length * LINE + 6);
    events.push({ id: e.id, precision: e.precision, marker, texts, label, leader: '', details: e.details });
    y += h;
  });
  const first = events[0]!.marker.y;
  return {
    width: W,
    height: r(y + 8),
    mode: 'stacked',
    fontSize: FONT_SIZE,
    legend: { markers: legend.markers, texts: legend.texts },
    axis: `M${axisX},${r(first - 8)}V${r(y + 4)}`,
    ticks: '',
    years,
    events,
  };
}
