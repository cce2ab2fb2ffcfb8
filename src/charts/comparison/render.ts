/**
 * The comparison chart's SVG as markup, from its geometry. One renderer for both sides:
 * ComparisonChart.astro prints it at build time and the enhancer re-prints it at the real
 * width, so what JavaScript shows is exactly what the server showed, re-fitted.
 */
import { attrs, textEl } from '../lib/svg.ts';
import { svgOpen, type ChartSvgOptions } from '../lib/svg-root.ts';
import type { ComparisonGeometry, ItemMark } from './layout.ts';
import type { ItemDetails } from './types.ts';

/** The shared options (no ids inside: `idPrefix` is optional); interactive items need `details`. */
export interface RenderOptions extends Omit<ChartSvgOptions, 'idPrefix'> {
  idPrefix?: string;
  details?: Record<string, ItemDetails>;
}

/** An item's accessible name: what it is, then each link or gap with its reason. */
export function itemName(d: ItemDetails | undefined): string {
  return d ? [d.head, ...d.entries.map((e) => `${e.head}. ${e.reason}`)].join('. ') : '';
}

/**
 * What an item shows, in reading order: its own label, then each partner drawn inside it
 * (phone layout) with its note. Its accessible name begins with these words (WCAG 2.5.3).
 */
export function visibleLabel(m: ItemMark): string {
  return [...m.texts.map((t) => t.text), ...m.children.flatMap((c) => [...c.texts.map((t) => t.text), c.note.text])].filter(Boolean).join(' ');
}

/** Room around the drawing for focus rings, in px on each side: lay out at the width minus twice this. */
export const MARGIN = 4;

const rect = (cls: string, b: { x: number; y: number; width: number; height: number }, rx = 6) => `<rect${attrs({ class: cls, x: b.x, y: b.y, width: b.width, height: b.height, rx })}/>`;

/** The whole chart as an `<svg>` string. */
export function renderComparisonSvg(g: ComparisonGeometry, o: RenderOptions): string {
  const f = g.fontSize;
  const item = (m: ItemMark, i: number) =>
    [
      `<g${attrs({
        class: 'chart-mark cmp-item',
        'data-id': m.id,
        'data-side': m.side,
        role: o.interactive ? 'button' : undefined,
        'aria-pressed': o.interactive ? 'false' : undefined,
        'aria-label': o.interactive ? `${visibleLabel(m)}. ${itemName(o.details?.[m.id])}` : undefined,
        tabindex: o.interactive ? (i === 0 ? 0 : -1) : undefined,
      })}>`,
      rect('chart-hit', m.hit, 0),
      // Own label first, then the partners: the order the name reads them in.
      rect(`cmp-box side-${m.side}${m.unmatched ? ' is-unmatched' : ''}`, m),
      ...m.texts.map((t) => textEl(t, 'cmp-label', f)),
      ...m.children.map((c) => [rect(`cmp-box side-after is-child is-${c.strength}`, c), ...c.texts.map((t) => textEl(t, 'cmp-label', f)), textEl(c.note, 'cmp-note', f)].join(' ')),
      rect('chart-focus', { x: m.hit.x - 3, y: m.hit.y - 3, width: m.hit.width + 6, height: m.hit.height + 6 }, 8),
      '</g>',
      // Spaces between the texts: tools that read the item's text (axe's label-in-name check) see words, not "usagesUsages".
    ].join(' ');
  return [
    svgOpen('cmp-svg', { width: g.width, height: g.height, mode: g.mode, margin: MARGIN }, o),
    `<g class="chart-legend" aria-hidden="true">`,
    ...g.legend.samples.map((s) =>
      s.kind === 'unmatched' ? rect('cmp-box is-unmatched', s, 3) : `<line${attrs({ class: `cmp-link is-${s.kind}`, x1: s.x, x2: s.x + s.width, y1: s.y, y2: s.y })}/>`,
    ),
    ...g.legend.texts.map((t) => textEl(t, 'chart-legend-text', f)),
    '</g>',
    `<g class="cmp-headers" aria-hidden="true">`,
    ...g.headers.map((t) => textEl(t, 'cmp-header', f)),
    `<line${attrs({ class: 'cmp-divider', x1: 0, x2: g.width, y1: g.apart.y, y2: g.apart.y })}/>`,
    ...g.apart.texts.map((t) => textEl(t, 'cmp-header', f)),
    '</g>',
    `<g class="cmp-links" aria-hidden="true">`,
    ...g.links.map((l) => `<path${attrs({ class: `cmp-link is-${l.strength}`, 'data-before': l.before, 'data-after': l.after, d: l.path })}/>`),
    '</g>',
    `<g class="chart-marks">${g.items.map(item).join('')}</g>`,
    '</svg>',
  ].join('');
}
