/** Moving through the dossier: previous/next by `order`, related articles by id. Pure. */

/** The little an article needs for navigation. */
export interface NavEntry {
  id: string;
  data: { order: number; related: string[] };
}

/** The articles just before and after `id` in dossier order (undefined at either end). */
export function neighbours<T extends NavEntry>(articles: readonly T[], id: string): { previous?: T; next?: T } {
  const sorted = [...articles].sort((a, b) => a.data.order - b.data.order);
  const i = sorted.findIndex((a) => a.id === id);
  if (i < 0) return {};
  return { previous: sorted[i - 1], next: sorted[i + 1] };
}

/** The articles an article lists in `related`, in that order, skipping ids that are not published. */
export function relatedArticles<T extends NavEntry>(articles: readonly T[], article: NavEntry): T[] {
  return article.data.related.flatMap((id) => articles.filter((a) => a.id === id && a.id !== article.id));
}

/** How many articles every page's footer names: bounded, so a page's size does not grow with the archive. */
export const FOOTER_LATEST = 3;

/** The `n` most recent articles, newest first (ties by dossier order), for navigation that stays the same size. */
export function latestArticles<T extends NavEntry & { data: { date: Date } }>(articles: readonly T[], n: number = FOOTER_LATEST): T[] {
  return [...articles].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.order - b.data.order).slice(0, n);
}
