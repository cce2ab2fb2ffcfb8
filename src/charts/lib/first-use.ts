/**
 * Loads an enhancer the first time a reader uses an element (focus or pointer inside it), or at
 * once when `now` is true (a shared address that carries a state to restore). For tools that are
 * not charts (the /chiffres/ filters). Apart from the chart loader (src/charts/loader.ts), so
 * that no page script shares a chunk it would have to import before it runs.
 */
export function enhanceOnFirstUse(el: HTMLElement, load: () => unknown, now = false): void {
  let loading: unknown;
  const start = () => (loading ??= load());
  el.addEventListener('focusin', start);
  el.addEventListener('pointerdown', start);
  if (now) start();
}
