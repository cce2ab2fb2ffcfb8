/** URLs of the site, in one place, so pages and tests agree. */
import type { ArticleData } from '../content/schemas.ts';

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

/** Pages that exist but are not for search engines: leave them out of the sitemap. */
export const UNLISTED_PATHS: readonly string[] = [GUIDE_PATH];
