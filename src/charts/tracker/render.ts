/**
 * The tracker's SVG as markup, from its geometry. One renderer for the server, the
 * enhancer and the export.
 */
import { attrs, textEl } from '../lib/svg.ts';
import { markAttrs, svgOpen, type ChartSvgOptions } from '../lib/svg-root.ts';
import type { BoardRow, TallySegment, TrackerGeometry } from './layout.ts';

const segment = (s: TallySegment, i: number, o: ChartSvgOptions) =>
  [
    // U+202F as in lib/french-spacing.ts, written here: importing it would pull it into the enhancer's bundle.
    `<g${markAttrs(s.id, s.details.join('\u202f; '), i, o.interactive)}>`,
    `<rect${attrs({ class: `tracker-segment is-${s.status}`, x: s.x, y: s.y, width: s.width, height: s.height })}/>`,
    `<rect${attrs({ class: 'chart-focus', x: s.x, y: s.y - 3, width: s.width, height: s.height + 6, rx: 4 })}/>`,
    '</g>',
  ].join('');

const boardRow = (b: BoardRow, f: number) =>
  [
    `<g${attrs({ class: 'tracker-row', 'data-id': b.id })}>`,
    `<path${attrs({ class: 'tracker-rule', d: b.rule })}/>`,
    `<rect${attrs({ class: `tracker-pill is-${b.status}`, ...b.pill, rx: b.pill.height / 2 })}/>`,
    textEl(b.pillText, 'chart-label', f),
    ...b.texts.map((t) => textEl(t, 'chart-label', f)),
    '</g>',
  ].join('');

/** The whole chart as an `<svg>` string. */
export function renderTrackerSvg(g: TrackerGeometry, o: ChartSvgOptions): string {
  const f = g.fontSize;
  return [
    svgOpen('tracker-svg', g, o),
    `<g class="chart-legend" aria-hidden="true">${g.legend.map((t) => textEl(t, 'chart-legend-text', f)).join('')}</g>`,
    `<g class="chart-marks">${g.segments.map((s, i) => segment(s, i, o)).join('')}</g>`,
    g.rows.length ? `<g class="tracker-board">${g.rows.map((b) => boardRow(b, f)).join('')}</g>` : '',
    '</svg>',
  ].join('');
}
