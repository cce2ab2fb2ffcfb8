/**
 * Keyboard and pointer behaviour shared by every chart's marks (`.chart-mark[data-id]`):
 * one tab stop for the whole chart (roving tabindex), arrow keys, Home and End to move
 * between marks, Escape to dismiss; hover and focus both report the mark.
 */

export interface MarkHandlers {
  /** A mark was hovered or focused. */
  show(mark: SVGElement): void;
  /** Nothing is hovered or focused any more, or Escape was pressed. */
  hide(): void;
}

const marksOf = (host: HTMLElement) => [...host.querySelectorAll<SVGElement>('.chart-mark')];

/** Wires the marks inside `host`; survives re-renders (listeners sit on the host). */
export function handleMarks(host: HTMLElement, on: MarkHandlers): { activeId: () => string | undefined; restore: (id?: string, focus?: boolean) => void } {
  let active: string | undefined;

  const move = (to: SVGElement | undefined, focus: boolean) => {
    if (!to) return;
    for (const m of marksOf(host)) m.setAttribute('tabindex', m === to ? '0' : '-1');
    active = to.dataset.id;
    if (focus) to.focus();
  };

  host.addEventListener('keydown', (e) => {
    const marks = marksOf(host);
    const i = marks.findIndex((m) => m === document.activeElement);
    if (i < 0) return;
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: marks.length - 1 }[e.key];
    if (e.key === 'Escape') on.hide();
    if (next === undefined) return;
    e.preventDefault();
    move(marks[Math.min(marks.length - 1, Math.max(0, next))], true);
  });
  host.addEventListener('focusin', (e) => {
    const mark = (e.target as Element).closest<SVGElement>('.chart-mark');
    if (mark) {
      move(mark, false);
      on.show(mark);
    }
  });
  host.addEventListener('focusout', (e) => {
    if (!host.contains(e.relatedTarget as Node | null)) on.hide();
  });
  host.addEventListener('pointerover', (e) => {
    const mark = (e.target as Element).closest<SVGElement>('.chart-mark');
    if (mark) on.show(mark);
  });
  host.addEventListener('pointerleave', () => on.hide());

  return {
    activeId: () => active,
    /** After a re-render: give the tab stop back to the active mark, and focus it if it had focus. */
    restore(id = active, focus = false) {
      move(marksOf(host).find((m) => m.dataset.id === id) ?? marksOf(host)[0], focus);
    },
  };
}
