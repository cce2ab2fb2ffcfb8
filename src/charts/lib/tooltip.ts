/**
 * A plain DOM tooltip for chart marks (no library: about half a kilobyte). It repeats,
 * for sighted pointer and keyboard users, what the mark's accessible name already says,
 * so it is hidden from assistive technologies. Positioned with CSSOM properties, which
 * the Content-Security-Policy allows (a `style=""` attribute would be blocked).
 */

export interface Tooltip {
  /** Shows `lines` next to `anchor`, inside the host; the lines at `bold` (the first by default) in bold. */
  show(lines: string[], anchor: Element, bold?: number[]): void;
  hide(): void;
}

/** Creates the tooltip element inside `host` (which must be positioned). */
export function createTooltip(host: HTMLElement): Tooltip {
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  host.append(tip);
  return {
    show(lines, anchor, bold = [0]) {
      tip.replaceChildren(
        ...lines.map((line, i) => {
          const p = document.createElement(bold.includes(i) ? 'strong' : 'span');
          p.textContent = line;
          return p;
        }),
      );
      tip.hidden = false;
      const h = host.getBoundingClientRect();
      const a = anchor.getBoundingClientRect();
      const left = Math.min(Math.max(0, a.right - h.left - tip.offsetWidth / 2), h.width - tip.offsetWidth);
      const below = a.bottom - h.top + 6;
      const above = a.top - h.top - tip.offsetHeight - 6;
      tip.style.left = `${Math.max(0, left)}px`;
      tip.style.top = `${above >= 0 ? above : below}px`;
    },
    hide() {
      tip.hidden = true;
    },
  };
}
