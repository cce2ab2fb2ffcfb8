/** Where each page's social card lives and what it shows, so pages, the card endpoint, the build and tests agree. */
import type { ArticleData } from '../../content/schemas.ts';
import { KIND_LABELS } from './kinds.ts';
import { SITE_NAME } from './site.ts';
import type { SocialCard } from './social-card.ts';

/** Slug of the card shared by pages that are not articles (home, search, 404). */
export const SITE_CARD = 'dossier';

/** Path of the social card of an article id, or of the site card. */
export function socialCardPath(slug: string = SITE_CARD): string {
  return `/og/${slug}.png`;
}

const TAGLINE = 'Auvergne-Rhône-Alpes, 2016';

/** Every social card of the site, in the order the card endpoint lists them: the site's, then one per article (published, in dossier order). Pure. */
export function socialCards(articles: readonly { id: string; data: Pick<ArticleData, 'title' | 'kind'> }[]): { slug: string; card: SocialCard }[] {
  const site: SocialCard = { title: 'L’entretien de Laurent Wauquiez relu chiffre par chiffre, et ce qu’il engage', kind: '', siteName: SITE_NAME, tagline: TAGLINE };
  return [
    { slug: SITE_CARD, card: site },
    ...articles.map((a) => ({ slug: a.id, card: { title: a.data.title, kind: KIND_LABELS[a.data.kind], siteName: SITE_NAME, tagline: TAGLINE } })),
  ];
}
