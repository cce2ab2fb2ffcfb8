/**
 * Watches every chart (`[data-chart-kind]`) and imports that kind's enhancer the first time one
 * comes into view (src/charts/loader.ts calls it). Until then the server-rendered chart stands
 * on its own.
 */

/** Enhancer loaders by chart kind, e.g. `{ budget: () => import('…/enhance.ts') }`. */
export type EnhancerLoaders = Record<string, () => Promise<unknown>>;

/**
 * Observes the page's charts of the given kinds and loads each kind's enhancer once, when first
 * visible, and not before the page has loaded: the static chart is already drawn, so an enhancer
 * never competes with the page's own bytes for the first paint.
 */
export function enhanceWhenVisible(loaders: EnhancerLoaders): void {
  if (document.readyState !== 'complete') {
    addEventListener('load', () => enhanceWhenVisible(loaders), { once: true });
    return;
  }
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
