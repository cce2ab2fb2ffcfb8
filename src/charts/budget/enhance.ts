/**
 * `<budget-chart>`: takes over the server-rendered budget chart once it is in view.
 * Re-lays it out at its real width (and again when that width changes) with the same
 * layout and renderer as the server, then adds the tooltip and keyboard navigation.
 * Bars grow in once, through CSS that only applies without `prefers-reduced-motion`.
 */
import { handleMarks } from '../lib/marks.ts';
import { createTooltip } from '../lib/tooltip.ts';
import { layoutBudget } from './layout.ts';
import { renderBudgetSvg } from './render.ts';
import type { BudgetData } from './types.ts';

class BudgetChartElement extends HTMLElement {
  #width = 0;
  #resize?: ResizeObserver;

  connectedCallback(): void {
    const graphic = this.querySelector<HTMLElement>('.chart-graphic');
    if (!graphic || this.#resize) return;
    const data = JSON.parse(this.dataset.model ?? '{}') as BudgetData;
    const bars = new Map(data.groups.flatMap((g) => g.bars).map((b) => [b.id, b]));
    const tooltip = createTooltip(this);
    const marks = handleMarks(this, {
      show: (mark) => {
        const bar = bars.get(mark.dataset.id ?? '');
        if (bar) tooltip.show(bar.details, mark.querySelector('.chart-bar') ?? mark);
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
      graphic.innerHTML = renderBudgetSvg(layoutBudget(data, { width }), {
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
}

if (!customElements.get('budget-chart')) customElements.define('budget-chart', BudgetChartElement);
