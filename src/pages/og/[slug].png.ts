/** One social card PNG per article, plus the site's own, rendered at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDossier } from '../../lib/content/content.ts';
import { renderSocialCard, type SocialCard } from '../../lib/site/social-card.ts';
import { socialCards } from '../../lib/site/social-images.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles } = await loadDossier();
  return socialCards(articles).map(({ slug, card }) => ({ params: { slug }, props: { card } }));
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderSocialCard((props as { card: SocialCard }).card)), { headers: { 'Content-Type': 'image/png' } });
