/** The opening `<svg>` tag every chart renderer writes, with the same naming rules. */
import { attrs } from './svg.ts';

/** How a renderer names and marks up one SVG of a chart instance. */
export interface ChartSvgOptions {
  /** Prefix for the ids inside this SVG (patterns); unique on the page. */
  idPrefix: string;
  /** Ids of the visible title and description that name the chart. */
  titleId: string;
  descriptionId: string;
  /** Focusable marks with their own accessible names (the enhanced chart). */
  interactive: boolean;
  /** Extra class names on the <svg>. */
  className?: string;
}

/**
 * `<svg …>` for a chart of `width` × `height`: one named image when static; a group
 * of named, focusable marks when interactive. A `margin` (px on each side) widens the
 * view around the drawing, for focus rings that reach past its edges.
 */
export function svgOpen(kindClass: string, size: { width: number; height: number; mode: string; margin?: number }, o: Omit<ChartSvgOptions, 'idPrefix'>): string {
  const m = size.margin ?? 0;
  return `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    class: `chart-svg ${kindClass}${o.className ? ` ${o.className}` : ''}`,
    viewBox: `${-m} ${-m} ${size.width + 2 * m} ${size.height + 2 * m}`,
    width: size.width + 2 * m,
    height: size.height + 2 * m,
    role: o.interactive ? 'group' : 'img',
    'aria-labelledby': o.interactive ? o.titleId : `${o.titleId} ${o.descriptionId}`,
    'aria-describedby': o.interactive ? o.descriptionId : undefined,
    'data-mode': size.mode,
  })}>`;
}

/** Attributes of a mark's `<g>`: focusable and named when interactive (one tab stop: the first). */
export function markAttrs(id: string, name: string, index: number, interactive: boolean): string {
  return attrs({
    class: 'chart-mark',
    'data-id': id,
    role: interactive ? 'img' : undefined,
    'aria-label': interactive ? name : undefined,
    tabindex: interactive ? (index === 0 ? 0 : -1) : undefined,
  });
}
