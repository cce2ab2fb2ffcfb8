/**
 * The comparison chart's geometry: typed data and a width in, plain numbers and strings out.
 * Pure (no DOM), so the server renders the first SVG and the browser re-lays it out at its
 * real width with the very same function.
 *
 * Two designed layouts. From STACK_BELOW px up ("columns"): the 2015 priorities on the
 * left, the 2016 parts on the right, links drawn between them; the 2015 column is ordered
 * by where its links land, so lines cross as little as possible. Below ("stacked", for
 * phones): each 2015 priority in report order, with the 2016 parts it meets indented under
 * it. In both, items without a counterpart sit apart, under a divider, in dashed boxes.
 */
import type { Box, TextMark } from '../lib/geometry.ts';
import { FONT_SIZE, layoutWidth, legendRow, lines as linesAt, NARROW_BELOW as STACK_BELOW, r, text, wrap, type LayoutOptions } from '../lib/layout-kit.ts';
import type { ComparisonItem, ComparisonModel, DrawnStrength, Side } from './types.ts';

/** Below STACK_BELOW px, the layout stacks. */
export { FONT_SIZE, STACK_BELOW, type LayoutOptions };
const LINE = 18;
const PAD_X = 10;
const PAD_Y = 10;
const GAP = 10;
const INDENT = 28;
const PORT = 8;

/** A 2016 part drawn under a 2015 priority, in the stacked layout. */
export interface ChildBox extends Box {
  after: string;
  strength: DrawnStrength;
  texts: TextMark[];
  /** The strength in words, under the label. */
  note: TextMark;
}

/** One item with its labels and the area that answers the pointer and keyboard. */
export interface ItemMark extends Box {
  id: string;
  side: Side;
  unmatched: boolean;
  texts: TextMark[];
  /** Hover and focus target: the box, and in the stacked layout its children too. */
  hit: Box;
  children: ChildBox[];
}

/** A drawn link, as an SVG path. */
export interface LinkMark {
  before: string;
  after: string;
  strength: DrawnStrength;
  path: string;
}

/** A legend sample: a line of a strength, or the dashed box of an unmatched item. */
export interface LegendSample extends Box {
  kind: DrawnStrength | 'unmatched';
}

export interface ComparisonGeometry {
  width: number;
  height: number;
  mode: 'stacked' | 'columns';
  fontSize: number;
  legend: { samples: LegendSample[]; texts: TextMark[] };
  /** Side headings (bold) and, stacked, the sub-headings of the set-apart band. */
  headers: TextMark[];
  /** The divider before the items without a counterpart, and its label. */
  apart: { y: number; texts: TextMark[] };
  items: ItemMark[];
  links: LinkMark[];
}

const lines = (ts: string[], x: number, top: number, bold = false) => linesAt(ts, x, top, LINE, 13, bold);
/**
 * A horizontal S-curve from (x0, y0) to (x1, y1), the path d3-shape's `linkHorizontal()`
 * draws; written out because d3-shape cannot be tree-shaken below ~4 KB in the browser.
 */
const curve = (x0: number, y0: number, x1: number, y1: number) => {
  const xm = r((x0 + x1) / 2);
  return `M${x0},${y0}C${xm},${y0},${xm},${y1},${x1},${y1}`;
};

/** A labelled box of `width` px at (x, y). */
function box(item: ComparisonItem, x: number, y: number, width: number): ItemMark {
  const wrapped = wrap(item.label, width - 2 * PAD_X, true);
  const height = wrapped.length * LINE + 2 * PAD_Y;
  const b = { x: r(x), y: r(y), width: r(width), height };
  return { id: item.id, side: item.side, unmatched: item.unmatched, ...b, texts: lines(wrapped, x + PAD_X, y + PAD_Y, true), hit: b, children: [] };
}

/** Legend on one line when it fits, else one entry per line. */
function layoutLegend(m: ComparisonModel, W: number) {
  const entries = [
    { kind: 'strong', label: m.legend.strong },
    { kind: 'partial', label: m.legend.partial },
    { kind: 'unmatched', label: m.legend.unmatched },
  ] as const;
  const sample = 30;
  const row = legendRow(entries.map((e) => ({ label: e.label, indent: sample + 8 })), W, { line: LINE, baseline: 13, gap: 20, trailing: 20, itemGap: 4 });
  const samples = entries.map(({ kind }, i): LegendSample => {
    const { left: x, top: y } = row.places[i]!;
    return kind === 'unmatched' ? { kind, x: r(x + 6), y: y + 3, width: 18, height: 12 } : { kind, x: r(x), y: y + 9, width: sample, height: 0 };
  });
  return { samples, texts: row.places.flatMap((p) => p.texts), bottom: row.bottom };
}

/** Lays the comparison chart out at `width` px. */
export function layoutComparison(m: ComparisonModel, { width }: LayoutOptions): ComparisonGeometry {
  const W = layoutWidth(width);
  const mode = W < STACK_BELOW ? 'stacked' : 'columns';
  const colW = Math.min(260, Math.max(150, Math.round(W * 0.36)));
  const legend = layoutLegend(m, W);
  const strong = (s: DrawnStrength) => (s === 'strong' ? 0 : 1);
  const matched = (side: Side) => m.items.filter((i) => i.side === side && !i.unmatched);
  const apartItems = (side: Side) => m.items.filter((i) => i.side === side && i.unmatched);
  const apartLabel = m.legend.unmatched.charAt(0).toUpperCase() + m.legend.unmatched.slice(1);
  const headers: TextMark[] = [];
  const items: ItemMark[] = [];
  const links: { before: string; after: string; strength: DrawnStrength; path: string }[] = [];
  let y = legend.bottom + 16;

  if (mode === 'stacked') {
    const before = wrap(m.sides.before, W, true);
    headers.push(...lines(before, 0, y, true));
    y += before.length * LINE;
    const after = wrap(m.sides.after, W - INDENT, true);
    headers.push(...lines(after, INDENT, y, true));
    y += after.length * LINE + 8;
    for (const item of matched('before')) {
      const mark = box(item, 0, y, W);
      y += mark.height + 6;
      const own = m.links.filter((l) => l.before === item.id).sort((a, b) => strong(a.strength) - strong(b.strength));
      for (const l of own) {
        const partner = m.items.find((i) => i.id === l.after);
        if (!partner) continue;
        const child = box(partner, INDENT, y, W - INDENT);
        const note = text(l.strength === 'strong' ? m.legend.strong : m.legend.partial, INDENT + PAD_X, child.texts.at(-1)!.y + LINE);
        child.height += LINE;
        mark.children.push({ after: l.after, strength: l.strength, x: child.x, y: child.y, width: child.width, height: child.height, texts: child.texts, note });
        links.push({ ...l, path: `M${INDENT / 2},${r(mark.y + mark.height)}V${r(child.y + child.height / 2)}H${INDENT}` });
        y += child.height + 6;
      }
      mark.hit = { x: 0, y: mark.y, width: W, height: r(y - 6 - mark.y) };
      items.push(mark);
      y += 10;
    }
  } else {
    const xAfter = W - colW;
    for (const [side, x] of [['before', 0], ['after', xAfter]] as const) {
      headers.push(...lines(wrap(m.sides[side], colW, true), x, y, true));
    }
    y += Math.max(...(['before', 'after'] as const).map((s) => wrap(m.sides[s], colW, true).length)) * LINE + 8;
    // 2015 priorities in the order of the mean rank of the 2016 parts they meet.
    const afterRank = new Map(matched('after').map((i, k) => [i.id, k]));
    const rank = (id: string) => {
      const ranks = m.links.filter((l) => l.before === id).map((l) => afterRank.get(l.after) ?? 0);
      return ranks.reduce((a, b) => a + b, 0) / Math.max(1, ranks.length);
    };
    const before = matched('before').map((item, k) => ({ item, k, rank: rank(item.id) })).sort((a, b) => a.rank - b.rank || a.k - b.k).map((e) => e.item);
    const column = (list: ComparisonItem[], x: number) => {
      let cy = 0;
      return list.map((item) => {
        const mark = box(item, x, cy, colW);
        cy += mark.height + GAP;
        return mark;
      });
    };
    const left = column(before, 0);
    const right = column(matched('after'), xAfter);
    const tall = (c: ItemMark[]) => (c.length ? c.at(-1)!.y + c.at(-1)!.height : 0);
    const top = y;
    for (const [col, other] of [[left, right], [right, left]] as const) {
      const shift = top + Math.max(0, (tall(other) - tall(col)) / 2);
      for (const mark of col) {
        mark.y = r(mark.y + shift);
        mark.texts = mark.texts.map((t) => ({ ...t, y: r(t.y + shift) }));
        mark.hit = { x: mark.x, y: mark.y, width: mark.width, height: mark.height };
      }
    }
    items.push(...left, ...right);
    const centre = (id: string) => {
      const mk = items.find((i) => i.id === id)!;
      return mk.y + mk.height / 2;
    };
    // Where several links meet one box, spread their ends, ordered by the other end.
    const port = (id: string, otherEnd: (l: (typeof m.links)[number]) => string, l: (typeof m.links)[number], mine: (l: (typeof m.links)[number]) => string) => {
      const siblings = m.links.filter((s) => mine(s) === id).sort((a, b) => centre(otherEnd(a)) - centre(otherEnd(b)));
      return centre(id) + (siblings.indexOf(l) - (siblings.length - 1) / 2) * PORT;
    };
    for (const l of m.links) {
      const y0 = r(port(l.before, (s) => s.after, l, (s) => s.before));
      const y1 = r(port(l.after, (s) => s.before, l, (s) => s.after));
      links.push({ ...l, path: curve(colW, y0, xAfter, y1) });
    }
    y = Math.max(tall(left), tall(right)) + GAP;
  }

  // The set-apart band: a divider, its label, then the unmatched items of each side.
  y += 12;
  const apartY = r(y);
  const label = wrap(apartLabel, W, true);
  const apartTexts = lines(label, 0, y + 6, true);
  y += label.length * LINE + 16;
  if (mode === 'stacked') {
    for (const side of ['before', 'after'] as const) {
      const list = apartItems(side);
      if (!list.length) continue;
      const head = wrap(m.sides[side], W);
      apartTexts.push(...lines(head, 0, y));
      y += head.length * LINE + 4;
      for (const item of list) {
        const mark = box(item, 0, y, W);
        items.push(mark);
        y += mark.height + 6;
      }
    }
  } else {
    let bottom = y;
    for (const [side, x] of [['before', 0], ['after', W - colW]] as const) {
      let cy = y;
      for (const item of apartItems(side)) {
        const mark = box(item, x, cy, colW);
        items.push(mark);
        cy += mark.height + GAP;
      }
      bottom = Math.max(bottom, cy);
    }
    y = bottom;
  }

  return {
    width: W,
    height: r(y + 4),
    mode,
    fontSize: FONT_SIZE,
    legend: { samples: legend.samples, texts: legend.texts },
    headers,
    apart: { y: apartY, texts: apartTexts },
    items,
    links,
  };
}
