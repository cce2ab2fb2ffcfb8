/**
 * The series chart's SVG as markup, from its geometry. One renderer for both sides:
 * SeriesChart.astro prints it at build time and the enhancer re-prints it at the real
 * width.
 */
import { attrs, textEl } from '../lib/svg.ts';
import { markAttrs, svgOpen, type ChartSvgOptions } from '../lib/svg-root.ts';
import type { PointMark, SeriesGeometry } from './layout.ts';

const dot = (cx: number, cy: number, radius: number, caveat: boolean) =>
  `<circle${attrs({ class: `series-dot${caveat ? ' is-caveat' : ''}`, cx, cy, r: radius })}/>`;

/** The whole chart as an `<svg>` string. */
export function renderSeriesSvg(g: SeriesGeometry, o: ChartSvgOptions): string {
  const f = g.fontSize;
  const point = (p: PointMark, i: number) =>
    [
      `<g${markAttrs(p.id, p.details.join('\u202f; '), i, o.interactive)}>`,
      `<rect${attrs({ class: 'chart-hit', ...p.hit })}/>`,
      dot(p.cx, p.cy, p.r, p.caveat),
      textEl(p.value, 'chart-value chart-halo', f),
      ...p.axis.map((t) => textEl(t, 'chart-label', f)),
      `<rect${attrs({ class: 'chart-focus', x: p.hit.x + 1.5, y: p.hit.y + 1.5, width: p.hit.width - 3, height: p.hit.height - 3, rx: 4 })}/>`,
      '</g>',
    ].join('');
  const { firm, caveat, swatch } = g.legend;
  return [
    svgOpen('series-svg', g, o),
    `<g class="chart-legend" aria-hidden="true">`,
    `<path${attrs({ class: 'series-line', d: `M${firm.x - swatch / 2},${firm.y}H${firm.x + swatch / 2}` })}/>`,
    dot(firm.x, firm.y, 5, false),
    dot(caveat.x, caveat.y, 6, true),
    ...g.legend.texts.map((t) => textEl(t, 'chart-legend-text', f)),
    '</g>',
    `<g class="chart-grid" aria-hidden="true">`,
    ...g.grid.map((l, i) => `<line${attrs({ class: i === 0 ? 'chart-baseline' : 'chart-gridline', x1: l.x1, x2: l.x2, y1: l.y, y2: l.y })}/>`),
    ...g.ticks.map((t) => textEl(t, 'chart-tick', f)),
    textEl(g.axisLabel, 'chart-tick', f),
    '</g>',
    `<g class="chart-annotations" aria-hidden="true">`,
    ...g.segments.map((d) => `<path${attrs({ class: 'series-line', d, pathLength: 1 })}/>`),
    ...g.breaks.map((b) => `<path${attrs({ class: 'chart-connector', d: b.path })}/>${b.texts.map((t) => textEl(t, 'chart-callout chart-halo', f)).join('')}`),
    '</g>',
    `<g class="chart-marks">${g.points.map(point).join('')}</g>`,
    '</svg>',
  ].join('');
}
