/**
 * `<comparison-chart>`: the live comparison chart (see lib/live.ts): re-laid out at its
 * real width, keyboard, tooltip. On top of the shared element: hovering, focusing or tapping
 * an item highlights its links and shows its reasons and quotations; Enter or a tap keeps it
 * selected, Escape clears; arrows move along a column and across to the other plan. Two
 * buttons switch between the diagram and the matrix.
 */
import { defineLiveChart, type LiveHost, type LiveHooks } from '../lib/live.ts';
import { layoutComparison, type ComparisonGeometry } from './layout.ts';
import { MARGIN, renderComparisonSvg } from './render.ts';
import type { ComparisonModel } from './types.ts';

const ARROWS: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: 0, ArrowRight: 0 };

function comparisonHooks({ element, graphic, data: m, tooltip, geometry }: LiveHost<ComparisonModel, ComparisonGeometry>): LiveHooks {
  let pinned: string | undefined;
  const marks = () => [...element.querySelectorAll<SVGElement>('.cmp-item')];
  const markOf = (id?: string) => marks().find((k) => k.dataset.id === id);
  const partners = (id: string) => new Set([id, ...m.links.flatMap((l) => (l.before === id ? [l.after] : l.after === id ? [l.before] : []))]);

  const highlight = (id?: string) => {
    const near = id ? partners(id) : new Set<string>();
    element.querySelector('svg')?.classList.toggle('has-active', !!id);
    for (const k of marks()) {
      k.classList.toggle('is-active', near.has(k.dataset.id ?? ''));
      k.setAttribute('aria-pressed', String(k.dataset.id === pinned));
    }
    for (const p of element.querySelectorAll<SVGElement>('.cmp-links path')) p.classList.toggle('is-active', p.dataset.before === id || p.dataset.after === id);
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
  const keydown = (e: KeyboardEvent) => {
    const mark = (e.target as Element).closest<SVGElement>('.cmp-item');
    if (!mark) return;
    const id = mark.dataset.id;
    const geo = geometry();
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
  };
  element.addEventListener('click', (e) => {
    const mark = (e.target as Element).closest<SVGElement>('.cmp-item');
    pin(mark && pinned !== mark.dataset.id ? mark.dataset.id : undefined);
  });

  // The views: the diagram, or the matrix (the chart's detail, always in the page without JavaScript).
  const matrix = element.querySelector<HTMLElement>('.cmp-matrix');
  const views = element.querySelector<HTMLElement>('.cmp-views');
  if (matrix && views) {
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
  }

  const drawn = () => {
    if (pinned) show(markOf(pinned));
  };
  return { keydown, show, hide, drawn };
}

defineLiveChart<ComparisonModel, ComparisonGeometry>('comparison-chart', {
  // Laid out inside a margin that keeps the focus rings in view.
  layout: (m, width) => layoutComparison(m, { width: width - 2 * MARGIN }),
  render: (g, o, m) => renderComparisonSvg(g, { ...o, details: m.details }),
  details: () => new Map(),
  anchor: '.chart-hit',
  setup: comparisonHooks,
});
