/**
 * `<tracker-chart>`: the live tally (see lib/live.ts: re-laid out at its width, tooltip,
 * keyboard), and the status filter of the commitments' list beside it: buttons shown only
 * with JavaScript, `aria-pressed`, a polite count of what is shown.
 */
import { defineLiveChart } from '../lib/live.ts';
import { layoutTracker } from './layout.ts';
import { renderTrackerSvg } from './render.ts';
import type { TrackerData } from './types.ts';

defineLiveChart<TrackerData, ReturnType<typeof layoutTracker>>('tracker-chart', {
  layout: (data, width) => layoutTracker(data, { width }),
  render: renderTrackerSvg,
  details: (data) => new Map(layoutTracker(data, { width: 640 }).segments.map((s) => [s.id, s.details])),
  anchor: '.tracker-segment',
});

/** Wires one tracker's filter: a pressed button shows the rows of its status (or all). */
function wireFilter(frame: Element): void {
  const group = frame.querySelector<HTMLElement>('.tracker-filter');
  const items = [...frame.querySelectorAll<HTMLElement>('.tracker-item')];
  const count = frame.querySelector<HTMLElement>('.tracker-count');
  if (!group || group.dataset.wired) return;
  group.dataset.wired = 'true';
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-status]')];
  const apply = (status: string) => {
    let shown = 0;
    for (const item of items) {
      const visible = status === 'tous' || item.dataset.status === status;
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.status === status));
    if (count) count.textContent = (count.dataset.template ?? '').replace('{n}', String(shown)).replace('{total}', String(items.length));
  };
  group.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('button[data-status]');
    if (b) apply(b.dataset.status ?? 'tous');
  });
  // Arrow keys move between the buttons, as in a toolbar; Enter and Space press them.
  group.addEventListener('keydown', (e) => {
    const i = buttons.findIndex((b) => b === document.activeElement);
    if (i < 0) return;
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    buttons[(next + buttons.length) % buttons.length]?.focus();
  });
  group.hidden = false;
}

document.querySelectorAll('tracker-chart').forEach((el) => { const frame = el.closest('figure.chart'); if (frame) wireFilter(frame); });
