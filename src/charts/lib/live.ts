/**
 * A custom element that takes over a server-rendered chart once it is in view: it
 * re-lays the chart out at its real width (and again when that width changes) with the
 * same layout and renderer as the server, then adds the tooltip and keyboard navigation.
 * Each chart kind defines its element with one call; a kind with more to do (the
 * comparison's selection and views) adds hooks for keys, showing and drawing.
 */
import { handleMarks } from './marks.ts';
import type { ChartSvgOptions } from './svg-root.ts';
import { createTooltip, type Tooltip } from './tooltip.ts';

/** What a kind's hooks can reach of its live element. */
export interface LiveHost<D, G> {
  element: HTMLElement;
  graphic: HTMLElement;
  data: D;
  tooltip: Tooltip;
  /** The geometry last drawn (undefined before the first draw). */
  geometry(): G | undefined;
}

/** A kind's own behaviour on top of the shared one. */
export interface LiveHooks {
  /** Keys on the chart, before the shared arrow keys (call `stopImmediatePropagation()` to take one over). */
  keydown?(e: KeyboardEvent): void;
  /** Replaces the shared tooltip of a hovered or focused mark. */
  show?(mark: SVGElement): void;
  /** Replaces the shared hiding. */
  hide?(): void;
  /** After every draw. */
  drawn?(): void;
}

/** What a chart kind gives its live element. */
export interface LiveChartSpec<D, G> {
  layout(data: D, width: number): G;
  render(geometry: G, options: ChartSvgOptions, data: D): string;
  /** Tooltip lines of each mark, by mark id. */
  details(data: D): Map<string, string[]>;
  /** Selector, inside a mark, of the shape the tooltip points at. */
  anchor: string;
  /** Called once, before the shared keyboard handling is wired. */
  setup?(host: LiveHost<D, G>): LiveHooks;
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
        let geometry: G | undefined;
        const hooks = spec.setup?.({ element: this, graphic, data, tooltip, geometry: () => geometry }) ?? {};
        // Registered before handleMarks, so that a hook can take an arrow key over.
        if (hooks.keydown) this.addEventListener('keydown', hooks.keydown);
        const marks = handleMarks(this, {
          show:
            hooks.show ??
            ((mark) => {
              const lines = details.get(mark.dataset.id ?? '');
              if (lines) tooltip.show(lines, mark.querySelector(spec.anchor) ?? mark);
            }),
          hide: hooks.hide ?? (() => tooltip.hide()),
        });
        const draw = () => {
          const width = Math.floor(graphic.clientWidth);
          if (!width || width === this.#width) return;
          const entering = this.#width === 0;
          // Focus on a mark follows it into the new drawing; focus elsewhere (a button) stays.
          const hadFocus = !!document.activeElement?.closest('.chart-mark') && this.contains(document.activeElement);
          this.#width = width;
          tooltip.hide();
          geometry = spec.layout(data, width);
          graphic.innerHTML = spec.render(
            geometry,
            {
              idPrefix: `${this.dataset.idPrefix}-live`,
              titleId: this.dataset.titleId ?? '',
              descriptionId: this.dataset.descriptionId ?? '',
              interactive: true,
              className: entering ? 'is-live is-entering' : 'is-live',
            },
            data,
          );
          marks.restore(marks.activeId(), hadFocus);
          hooks.drawn?.();
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
