/**
 * The budget chart's SVG as markup, from its geometry. One renderer for both sides:
 * BudgetChart.astro prints it at build time and the enhancer re-prints it at the real
 * width, so what JavaScript shows is exactly what the server showed, re-fitted.
 */
import { attrs, textEl } from '../lib/svg.ts';
import type { BarMark, BudgetGeometry } from './layout.ts';
import { markAttrs, svgOpen, type ChartSvgOptions } from '../lib/svg-root.ts';

/** How to render: the shared chart SVG options. */
export type RenderOptions = ChartSvgOptions;

/** The whole chart as an `<svg>` string. */
export function renderBudgetSvg(g: BudgetGeometry, o: RenderOptions): string {
  const hatch = `${o.idPrefix}-hatch`;
  const f = g.fontSize;
  const bar = (b: BarMark, i: number) => {
    const name = b.details.join('\u202f; ');
    return [
      `<g${markAttrs(b.id, name, i, o.interactive)}>`,
      `<rect${attrs({ class: 'chart-hit', x: b.hit.x, y: b.hit.y, width: b.hit.width, height: b.hit.height })}/>`,
      `<rect${attrs({ class: `chart-bar tone-${b.tone}${b.estimate ? ' is-estimate' : ''}`, x: b.x, y: b.y, width: b.width, height: b.height, fill: b.estimate ? `url(#${hatch})` : undefined })}/>`,
      ...b.label.map((t) => textEl(t, 'chart-label', f)),
      textEl(b.value, 'chart-value', f),
      `<rect${attrs({ class: 'chart-focus', x: b.hit.x + 1.5, y: b.hit.y + 1.5, width: b.hit.width - 3, height: b.hit.height - 3, rx: 4 })}/>`,
      '</g>',
    ].join('');
  };
  return [
    svgOpen('budget-svg', g, o),
    `<defs><pattern${attrs({ id: hatch, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })}><rect class="chart-hatch-ground" width="6" height="6"/><line class="chart-hatch" x1="1.5" y1="0" x2="1.5" y2="6"/></pattern></defs>`,
    `<g class="chart-legend" aria-hidden="true">`,
    `<rect${attrs({ class: 'chart-bar tone-fibre', ...g.legend.stated })}/>`,
    `<rect${attrs({ class: 'chart-bar tone-fibre is-estimate', ...g.legend.estimate, fill: `url(#${hatch})` })}/>`,
    ...g.legend.texts.map((t) => textEl(t, 'chart-legend-text', f)),
    '</g>',
    `<g class="chart-grid" aria-hidden="true">`,
    ...g.grid.map((l) => `<line${attrs({ class: l.zero ? 'chart-baseline' : 'chart-gridline', x1: l.x, x2: l.x, y1: l.y1, y2: l.y2 })}/>`),
    ...g.ticks.map((t) => textEl(t, 'chart-tick', f)),
    textEl(g.axisLabel, 'chart-tick', f),
    '</g>',
    `<g class="chart-groups" aria-hidden="true">${g.groupLabels.map((t) => textEl(t, 'chart-group-label chart-halo', f)).join('')}</g>`,
    `<g class="chart-marks">${g.bars.map(bar).join('')}</g>`,
    `<g class="chart-annotations" aria-hidden="true">`,
    `<path${attrs({ class: 'chart-growth', d: g.growth.path })}/>`,
    textEl(g.growth.text, 'chart-growth-text', f),
    `<path${attrs({ class: 'chart-connector', d: g.discrepancy.path })}/>`,
    ...g.discrepancy.texts.map((t) => textEl(t, 'chart-callout chart-halo', f)),
    '</g>',
    '</svg>',
  ].join('');
}
