/**
 * The timeline's SVG as markup, from its geometry. One renderer for both sides:
 * TimelineChart.astro prints it at build time and the enhancer re-prints it at the real
 * width.
 */
import { attrs, textEl } from '../lib/svg.ts';
import { markAttrs, svgOpen, type ChartSvgOptions } from '../lib/svg-root.ts';
import type { EventMark, Marker, TimelineGeometry } from './layout.ts';

const markerEl = (m: Marker) => {
  const cls = `timeline-marker${m.uncertain ? ' is-uncertain' : ''}`;
  return m.shape === 'dot'
    ? `<circle${attrs({ class: cls, cx: m.x + m.width / 2, cy: m.y + m.height / 2, r: m.width / 2 })}/>`
    : `<rect${attrs({ class: `${cls} is-span`, x: m.x, y: m.y, width: m.width, height: m.height, rx: Math.min(m.width, m.height) / 2 })}/>`;
};

/** The whole chart as an `<svg>` string. */
export function renderTimelineSvg(g: TimelineGeometry, o: ChartSvgOptions): string {
  const f = g.fontSize;
  const event = (e: EventMark, i: number) =>
    [
      `<g${markAttrs(e.id, e.details.join('\u202f; '), i, o.interactive)}>`,
      `<rect${attrs({ class: 'chart-hit', ...e.label })}/>`,
      `<rect${attrs({ class: 'chart-hit', x: e.marker.x - 4, y: e.marker.y - 4, width: e.marker.width + 8, height: e.marker.height + 8 })}/>`,
      e.leader ? `<path${attrs({ class: 'timeline-leader', d: e.leader })}/>` : '',
      markerEl(e.marker),
      ...e.texts.map((t) => textEl(t, 'chart-label chart-halo', f)),
      `<rect${attrs({ class: 'chart-focus', ...e.label, rx: 4 })}/>`,
      '</g>',
    ].join('');
  return [
    svgOpen('timeline-svg', g, o),
    `<g class="chart-legend" aria-hidden="true">`,
    ...g.legend.markers.map(markerEl),
    ...g.legend.texts.map((t) => textEl(t, 'chart-legend-text', f)),
    '</g>',
    `<g class="chart-grid" aria-hidden="true">`,
    `<path${attrs({ class: 'timeline-axis', d: g.axis })}/>`,
    g.ticks ? `<path${attrs({ class: 'timeline-tick', d: g.ticks })}/>` : '',
    ...g.years.map((t) => textEl(t, 'chart-tick chart-halo', f)),
    '</g>',
    `<g class="chart-marks">${g.events.map(event).join('')}</g>`,
    '</svg>',
  ].join('');
}
