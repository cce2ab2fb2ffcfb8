/**
 * Element ids for components that may appear several times on a page (figures, charts, notes):
 * `prefix-N`, where N counts that prefix's uses in this render of the page. Counted per render
 * (`Astro.request`, one object per page rendered), not over the whole build: a page's ids then
 * depend on that page alone, so adding or editing an article leaves every other page's HTML as it
 * was (with one counter for the build, a note added to one article renumbered the notes of every
 * page rendered after it), and a page rendered twice, as the dev server does, gets the same ids.
 */
const counters = new WeakMap<object, Map<string, number>>();

/** `prefix-N`, unique within the page being rendered (`render`: its `Astro.request`). */
export function uniqueId(prefix: string, render: object): string {
  let counts = counters.get(render);
  if (!counts) counters.set(render, (counts = new Map()));
  const n = (counts.get(prefix) ?? 0) + 1;
  counts.set(prefix, n);
  return `${prefix}-${n}`;
}
