/**
 * A custom element that takes over a server-rendered chart once it is in view: it
 * re-lays the chart out at its real width (and again when that width changes) with the
 * same layout and renderer as the server, then adds the tooltip and keyboard navigation.
 * Each chart kind defines its element with one call.
 */
import { handleMarks } from './marks.ts';
import type { ChartSvgOptions } from './svg-root.ts';
import { createTooltip } from './tooltip.ts';

/** What a chart kind gives its live element. */
export interface LiveChartSpec<D, G> {
  layout(data: D, width: number): G;
  render(geometry: G, options: ChartSvgOptions): string;
  /** Tooltip lines of each mark, by mark id. */
  details(data: D): Map<string, string[]>;
  /** Selector, inside a mark, of the shape the tooltip points at. */
  anchor: string;
}

/** Defines `<tag>` (once) for a chart kind. */
export function defineLiveChart<D, G>(tag: string, spec: LiveChartSpec<D, G>): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      #width = 0;
      #resize?: ResizeObserver;

      connectedCallback(): void {
        const graphic = this.querySelector<HTMLElement>('.chart-graphic');
        if (!graphic || this.#resize) return;
        const data = JSON.parse(this.dataset.model ?? '{}') as D;
        const details = spec.details(data);
        const tooltip = createTooltip(this);
        const marks = handleMarks(this, {
          show: (mark) => {
            const lines = details.get(mark.dataset.id ?? '');
            if (lines) tooltip.show(lines, mark.querySelector(spec.anchor) ?? mark);
          },
          hide: () => tooltip.hide(),
        });
        const draw = () => {
          const width = Math.floor(graphic.clientWidth);
          if (!width || width === this.#width) return;
          const entering = this.#width === 0;
          const hadFocus = this.contains(document.activeElement);
          this.#width = width;
          tooltip.hide();
          graphic.innerHTML = spec.render(spec.layout(data, width), {
            idPrefix: `${this.dataset.idPrefix}-live`,
            titleId: this.dataset.titleId ?? '',
            descriptionId: this.dataset.descriptionId ?? '',
            interactive: true,
            className: entering ? 'is-live is-entering' : 'is-live',
          });
          marks.restore(marks.activeId(), hadFocus);
          this.classList.add('is-enhanced');
        };
        this.#resize = new ResizeObserver(draw);
        this.#resize.observe(graphic);
        draw();
      }

      disconnectedCallback(): void {
        this.#resize?.disconnect();
        this.#resize = undefined;
      }
    },
  );
}
