/** URLs of the site, in one place, so pages and tests agree. */
import type { ArticleData } from '../../content/schemas.ts';

/** URL section of each kind of article. */
const SECTIONS: Record<ArticleData['kind'], string> = {
  entretien: 'entretien',
  analyse: 'analyse',
  article: 'articles',
};

/** Path of an article page, e.g. `/entretien/laurent-wauquiez-numerique-2016/`. */
export function articlePath(article: { id: string; data: Pick<ArticleData, 'kind'> }): string {
  return `/${SECTIONS[article.data.kind]}/${article.id}/`;
}

/** The section segment of a kind (for the route's params). */
export function sectionOf(kind: ArticleData['kind']): string {
  return SECTIONS[kind];
}

/** The editors' component guide: built, but `noindex` and kept out of the sitemap. */
export const GUIDE_PATH = '/guide/';

/**
 * Pages built but not for search engines, by path prefix, with the reason: each says `noindex`,
 * the sitemap leaves them out and Lighthouse accepts their SEO "is-crawlable" miss. The one list
 * for all three (tests/e2e/metadata.spec.ts checks that it matches the built pages' meta tags).
 */
export const NOT_INDEXED: Readonly<Record<string, string>> = {
  '/404.html': 'the error page',
  '/recherche/': 'the search page (it answers a query; the articles are the pages to index)',
  [GUIDE_PATH]: 'the editors’ component guide',
  '/embed/': 'an embed page (its article is the page to index)',
  '/graphiques/apercu/': 'the embed preview page (for checking)',
};

/** Why a page is not indexed, or undefined when it should be. */
export function notIndexedReason(path: string): string | undefined {
  const prefix = Object.keys(NOT_INDEXED).find((p) => path.startsWith(p));
  return prefix === undefined ? undefined : NOT_INDEXED[prefix];
}
