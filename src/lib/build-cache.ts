/**
 * Computed once per build, but afresh on every call in dev (`astro dev`), where an editor
 * changes content between requests: pages, embeds and oEmbed must never show a stale copy.
 */
export function oncePerBuild<T>(build: () => Promise<T>, dev: boolean = import.meta.env.DEV): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (dev ? build() : (cached ??= build()));
}
