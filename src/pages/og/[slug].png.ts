/** One social card PNG per article, plus the site's own, rendered at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDossier } from '../../lib/content/content.ts';
import { KIND_LABELS } from '../../lib/site/kinds.ts';
import { SITE_NAME } from '../../lib/site/site.ts';
import { renderSocialCard, type SocialCard } from '../../lib/site/social-card.ts';
import { SITE_CARD } from '../../lib/site/social-images.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles } = await loadDossier();
  if (articles.some((a) => a.id === SITE_CARD))
    throw new Error(`content/articles/${SITE_CARD}.mdx: this file name is reserved for the site's social card; rename the article`);
  const site: SocialCard = { title: 'L’entretien de Laurent Wauquiez relu chiffre par chiffre, et ce qu’il engage', kind: '', siteName: SITE_NAME, tagline: 'Auvergne-Rhône-Alpes, 2016' };
  return [
    { params: { slug: SITE_CARD }, props: { card: site } },
    ...articles.map((a) => ({
      params: { slug: a.id },
      props: { card: { title: a.data.title, kind: KIND_LABELS[a.data.kind], siteName: SITE_NAME, tagline: 'Auvergne-Rhône-Alpes, 2016' } satisfies SocialCard },
    })),
  ];
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderSocialCard((props as { card: SocialCard }).card)), { headers: { 'Content-Type': 'image/png' } });
