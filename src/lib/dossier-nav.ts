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
