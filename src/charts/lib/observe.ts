/**
 * The only chart script a page loads up front: it watches every chart
 * (`[data-chart-kind]`) and imports that kind's enhancer the first time one comes into
 * view. Until then the server-rendered chart stands on its own.
 */

/** Enhancer loaders by chart kind, e.g. `{ budget: () => import('…/enhance.ts') }`. */
export type EnhancerLoaders = Record<string, () => Promise<unknown>>;

/** Observes the page's charts of the given kinds and loads each kind's enhancer once, when first visible. */
export function enhanceWhenVisible(loaders: EnhancerLoaders): void {
  const charts = [...document.querySelectorAll<HTMLElement>('[data-chart-kind]')].filter((c) => (c.dataset.chartKind ?? '') in loaders);
  if (!charts.length || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void loaders[(entry.target as HTMLElement).dataset.chartKind ?? '']?.();
    }
  });
  charts.forEach((chart) => observer.observe(chart));
}

/**
 * Loads an enhancer the first time a reader uses an element (focus or pointer inside it), or at
 * once when `now` is true (a shared address that carries a state to restore). For tools that are
 * not charts (the /chiffres/ filters); living here keeps one shared chunk for all loaders.
 */
export function enhanceOnFirstUse(el: HTMLElement, load: () => unknown, now = false): void {
  let loading: unknown;
  const start = () => (loading ??= load());
  el.addEventListener('focusin', start);
  el.addEventListener('pointerdown', start);
  if (now) start();
}
