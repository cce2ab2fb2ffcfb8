/**
 * Unique, deterministic element ids for components that may appear several times on a
 * page (figures, charts). A counter over the whole build: pages render in a fixed order,
 * so ids are stable from one build to the next, and never repeat within a page.
 */
let counter = 0;

/** `prefix-N`, unique within the build. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
