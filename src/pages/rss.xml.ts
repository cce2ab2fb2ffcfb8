/** /rss.xml: every published article of the dossier, newest order last as in the dossier. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDossier } from '../lib/content.ts';
import { KIND_LABELS } from '../lib/kinds.ts';
import { articlePath } from '../lib/routes.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadDossier();
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: site!,
    customData: '<language>fr-FR</language>',
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description ?? a.data.standfirst,
      pubDate: a.data.date,
      link: articlePath(a),
      categories: [KIND_LABELS[a.data.kind], ...a.data.tags],
    })),
  });
};
