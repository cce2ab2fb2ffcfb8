/**
 * `<comparison-chart>`: takes over the server-rendered comparison chart once it is in view.
 * Re-lays it out at its real width (and again when that width changes) with the same layout
 * and renderer as the server, then: hovering, focusing or tapping an item highlights its
 * links and shows its reasons and quotations; Enter or a tap keeps it selected, Escape
 * clears; arrows move along a column and across to the other plan. Two buttons switch
 * between the diagram and the matrix.
 */
import { handleMarks } from '../lib/marks.ts';
import { createTooltip } from '../lib/tooltip.ts';
import { layoutComparison, type ComparisonGeometry } from './layout.ts';
import { MARGIN, renderComparisonSvg } from './render.ts';
import type { ComparisonModel } from './types.ts';

const ARROWS: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: 0, ArrowRight: 0 };

class ComparisonChartElement extends HTMLElement {
  #width = 0;
  #resize?: ResizeObserver;

  connectedCallback(): void {
    const graphic = this.querySelector<HTMLElement>('.chart-graphic');
    const matrix = this.querySelector<HTMLElement>('.cmp-matrix');
    const views = this.querySelector<HTMLElement>('.cmp-views');
    if (!graphic || !matrix || !views || this.#resize) return;
    const m = JSON.parse(this.dataset.model ?? '{}') as ComparisonModel;
    const tooltip = createTooltip(this);
    let geo: ComparisonGeometry | undefined;
    let pinned: string | undefined;
    const marks = () => [...this.querySelectorAll<SVGElement>('.cmp-item')];
    const markOf = (id?: string) => marks().find((k) => k.dataset.id === id);
    const partners = (id: string) => new Set([id, ...m.links.flatMap((l) => (l.before === id ? [l.after] : l.after === id ? [l.before] : []))]);

    const highlight = (id?: string) => {
      const near = id ? partners(id) : new Set<string>();
      this.querySelector('svg')?.classList.toggle('has-active', !!id);
      for (const k of marks()) {
        k.classList.toggle('is-active', near.has(k.dataset.id ?? ''));
        k.setAttribute('aria-pressed', String(k.dataset.id === pinned));
      }
      for (const p of this.querySelectorAll<SVGElement>('.cmp-links path')) p.classList.toggle('is-active', p.dataset.before === id || p.dataset.after === id);
    };
    const show = (mark?: SVGElement) => {
      const d = m.details[mark?.dataset.id ?? ''];
      if (!mark || !d) return;
      highlight(mark.dataset.id);
      const lines = [d.head];
      const bold = [0];
      for (const e of d.entries) {
        bold.push(lines.length);
        lines.push(e.head, e.reason, ...e.quotes);
      }
      tooltip.show(lines, mark.querySelector('.chart-hit') ?? mark, bold);
    };
    const hide = () => {
      if (pinned) return show(markOf(pinned));
      highlight();
      tooltip.hide();
    };
    const pin = (id?: string) => {
      pinned = id;
      if (id) show(markOf(id));
      else hide();
    };
    // Registered before handleMarks so that, across columns, it can take the arrow keys over.
    this.addEventListener('keydown', (e) => {
      const mark = (e.target as Element).closest<SVGElement>('.cmp-item');
      if (!mark) return;
      const id = mark.dataset.id;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        pin(pinned === id ? undefined : id);
      } else if (e.key === 'Escape') pin();
      else if (e.key in ARROWS && geo?.mode === 'columns') {
        // Up and down stay in the column; left and right cross to the linked (or nearest) item.
        e.preventDefault();
        e.stopImmediatePropagation();
        const at = geo.items.find((i) => i.id === id)!;
        const dir = ARROWS[e.key]!;
        const side = dir ? at.side : at.side === 'before' ? 'after' : 'before';
        const column = geo.items.filter((i) => i.side === side).sort((a, b) => a.y - b.y);
        const near = partners(id ?? '');
        const target = dir
          ? column[Math.min(column.length - 1, Math.max(0, column.indexOf(at) + dir))]
          : [...column].sort((a, b) => Number(near.has(b.id)) - Number(near.has(a.id)) || Math.abs(a.y - at.y) - Math.abs(b.y - at.y))[0];
        markOf(target?.id)?.focus();
      }
    });
    this.addEventListener('click', (e) => {
      const mark = (e.target as Element).closest<SVGElement>('.cmp-item');
      pin(mark && pinned !== mark.dataset.id ? mark.dataset.id : undefined);
    });

    const nav = handleMarks(this, { show, hide });

    const buttons = [...views.querySelectorAll<HTMLButtonElement>('button')];
    const view = (name: string) => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.view === name));
      graphic.hidden = name !== 'diagram';
      matrix.hidden = name === 'diagram';
      if (name !== 'diagram') pin();
    };
    views.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLButtonElement>('button');
      if (b?.dataset.view) view(b.dataset.view);
      e.stopPropagation();
    });
    views.hidden = false;
    view('diagram');

    const draw = () => {
      const width = Math.floor(graphic.clientWidth);
      if (!width || width === this.#width) return;
      const hadFocus = this.contains(document.activeElement) && !!document.activeElement?.closest('.cmp-item');
      this.#width = width;
      tooltip.hide();
      geo = layoutComparison(m, { width: width - 2 * MARGIN });
      graphic.innerHTML = renderComparisonSvg(geo, {
        titleId: this.dataset.titleId ?? '',
        descriptionId: this.dataset.descriptionId ?? '',
        interactive: true,
        details: m.details,
        className: 'is-live',
      });
      nav.restore(nav.activeId(), hadFocus);
      if (pinned) show(markOf(pinned));
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

if (!customElements.get('comparison-chart')) customElements.define('comparison-chart', ComparisonChartElement);
