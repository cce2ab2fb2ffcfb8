/**
 * The tracker's geometry: typed data and a width in, plain numbers and strings out. Pure
 * (no DOM), shared by the server render, the enhancer and the export.
 *
 * The page draws the tally: one bar split by status, each part as long as its number of
 * commitments, with a sign and a word for each status above it (never colour alone). The
 * export adds the board below: one block per commitment, its status pill, the promise in
 * bold and the reason, wrapped to the width. Below NARROW_UNDER px the pill sits above the
 * promise instead of beside it.
 */
import type { Box, TextMark } from '../lib/geometry.ts';
import { FONT_SIZE, measure, NARROW_BELOW as NARROW_UNDER, r, text, wrap, type LayoutOptions as BaseOptions } from '../lib/layout-kit.ts';
import { STATUS_SIGNS, TRACKER_LABELS } from './labels.ts';
import type { TrackerData, TrackerStatus } from './types.ts';

/** Under NARROW_UNDER px, pills stack above their text. */
export { FONT_SIZE, NARROW_UNDER };
const LINE = 19;
const BAR = 24;
const GAP = 12;
const PILL_H = 24;

/** One part of the tally bar. */
export interface TallySegment extends Box {
  /** Mark id: `statut-<status>`. */
  id: string;
  status: TrackerStatus;
  count: number;
  /** Tooltip and accessible name lines. */
  details: string[];
}

/** One commitment on the board. */
export interface BoardRow {
  id: string;
  status: TrackerStatus;
  pill: Box;
  pillText: TextMark;
  texts: TextMark[];
  /** The rule above the block. */
  rule: string;
}

export interface TrackerGeometry {
  width: number;
  height: number;
  mode: 'narrow' | 'wide';
  fontSize: number;
  legend: TextMark[];
  segments: TallySegment[];
  /** Empty unless the board was asked for. */
  rows: BoardRow[];
}

export interface LayoutOptions extends BaseOptions {
  /** Also lay out one block per commitment (the export). */
  board?: boolean;
}


/** « ✓ tenue : 2 »: the words of one status in the legend and on its pill. */
export const statusText = (status: TrackerStatus, label: string) => `${STATUS_SIGNS[status]} ${label}`;

export function layoutTracker(data: TrackerData, options: LayoutOptions): TrackerGeometry {
  const W = Math.max(200, Math.floor(options.width));
  const mode = W < NARROW_UNDER ? 'narrow' : 'wide';
  const total = data.rows.length;

  // Legend: one item per status of the scale, flowing onto new lines.
  const legend: TextMark[] = [];
  let x = 0;
  let y = FONT_SIZE;
  for (const t of data.tally) {
    const words = TRACKER_LABELS.tally.replace('{status}', statusText(t.status, t.label)).replace('{n}', String(t.count));
    const w = measure(words, true);
    if (x > 0 && x + w > W) {
      x = 0;
      y += LINE;
    }
    legend.push(text(words, x, y, 'start', true));
    x += w + 20;
  }

  // The bar: statuses in the scale's order, zero counts left out.
  const top = y + GAP;
  const segments: TallySegment[] = [];
  let at = 0;
  for (const t of data.tally) {
    if (!t.count) continue;
    const w = (W * t.count) / Math.max(1, total);
    const promises = data.rows.filter((row) => row.status === t.status).map((row) => row.promise);
    segments.push({ id: `statut-${t.status}`, status: t.status, count: t.count, x: r(at), y: r(top), width: r(w), height: BAR, details: [TRACKER_LABELS.tally.replace('{status}', t.label).replace('{n}', String(t.count)), ...promises] });
    at += w;
  }
  let bottom = top + BAR;

  const rows: BoardRow[] = [];
  if (options.board) {
    const pillW = Math.max(...data.tally.map((t) => measure(statusText(t.status, t.label), true))) + 16;
    for (const row of data.rows) {
      const y0 = bottom + GAP * 2;
      const pill = { x: 0, y: r(y0), width: r(pillW), height: PILL_H };
      const pillText = text(statusText(row.status, row.statusLabel), 8, y0 + PILL_H / 2 + FONT_SIZE * 0.35, 'start', true);
      const tx = mode === 'wide' ? pillW + 12 : 0;
      const tw = W - tx;
      let ty = mode === 'wide' ? y0 + FONT_SIZE + 2 : y0 + PILL_H + LINE;
      const texts: TextMark[] = [];
      for (const l of wrap(row.promise, tw, true)) {
        texts.push(text(l, tx, ty, 'start', true));
        ty += LINE;
      }
      for (const l of wrap(row.reason, tw)) {
        texts.push(text(l, tx, ty));
        ty += LINE;
      }
      rows.push({ id: row.id, status: row.status, pill, pillText, texts, rule: `M0,${r(y0 - GAP)}H${W}` });
      bottom = Math.max(ty - LINE + 6, y0 + PILL_H);
    }
  }
  return { width: W, height: Math.ceil(bottom + 4), mode, fontSize: FONT_SIZE, legend, segments, rows };
}
