/** Which articles a build shows: drafts only in `npm run dev`. Pure. */

/** The articles to publish, in dossier order; drafts are kept only when `dev` is true. */
export function visibleArticles<T extends { data: { draft: boolean; order: number } }>(all: T[], dev: boolean): T[] {
  return all.filter((a) => dev || !a.data.draft).sort((a, b) => a.data.order - b.data.order);
}
