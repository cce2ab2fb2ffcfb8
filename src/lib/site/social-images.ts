/** Where each page's social card lives, so pages, the card endpoint and tests agree. */

/** Slug of the card shared by pages that are not articles (home, search, 404). */
export const SITE_CARD = 'dossier';

/** Path of the social card of an article id, or of the site card. */
export function socialCardPath(slug: string = SITE_CARD): string {
  return `/og/${slug}.png`;
}
