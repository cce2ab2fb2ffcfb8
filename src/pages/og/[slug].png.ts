/** One social card PNG per article, plus the site's own, rendered at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDossier } from '../../lib/content/content.ts';
import { renderSocialCard, type SocialCard } from '../../lib/site/social-card.ts';
import { SITE_CARD, socialCards } from '../../lib/site/social-images.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles } = await loadDossier();
  if (articles.some((a) => a.id === SITE_CARD))
    throw new Error(`content/articles/${SITE_CARD}.mdx: this file name is reserved for the site's social card; rename the article`);
  return socialCards(articles).map(({ slug, card }) => ({ params: { slug }, props: { card } }));
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderSocialCard((props as { card: SocialCard }).card)), { headers: { 'Content-Type': 'image/png' } });
