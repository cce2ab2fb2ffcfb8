/**
 * The no-JavaScript render of a chart: one SVG per design width, a phone column and the
 * article column; chart.css shows the one that fits. Pure; the same renderer the enhancer
 * uses in the browser.
 */
import type { ChartSvgOptions } from './svg-root.ts';

/** Design widths of the static render. */
export const STATIC_WIDTHS = { narrow: 320, wide: 720 } as const;

/** Both static SVGs of a chart, as one HTML string. */
export function staticSvgs<G>(
  layout: (width: number) => G,
  render: (geometry: G, options: ChartSvgOptions) => string,
  ids: { base: string; title: string; description: string },
): string {
  return Object.entries(STATIC_WIDTHS)
    .map(([name, width]) =>
      render(layout(width), { idPrefix: `${ids.base}-${name}`, titleId: ids.title, descriptionId: ids.description, interactive: false, className: `is-${name}` }),
    )
    .join('');
}
