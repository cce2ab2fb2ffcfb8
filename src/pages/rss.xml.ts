/** /rss.xml: every published article of the dossier, newest order last as in the dossier. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDossier } from '../lib/content.ts';
import { KIND_LABELS } from '../lib/kinds.ts';
import { articlePath } from '../lib/routes.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const { articles } = await loadDossier();
  // The feed changes when an article is published: its newest date, not the build's clock, so
  // that rebuilding the same content gives the same feed.
  const lastBuild = new Date(Math.max(...articles.map((a) => a.data.date.getTime())));
  // A feed names its own address (RSS Best Practices, atom:link rel="self").
  const self = new URL(url.pathname, site).href;
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>fr-FR</language><atom:link href="${self}" rel="self" type="application/rss+xml"/><lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>`,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description ?? a.data.standfirst,
      pubDate: a.data.date,
      link: articlePath(a),
      categories: [KIND_LABELS[a.data.kind], ...a.data.tags],
    })),
  });
};
