/** /rss.xml: every published article of the dossier, newest order last as in the dossier. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDossier } from '../lib/content/content.ts';
import { latestCorrection } from '../lib/editorial/corrections.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { loadCorrections } from '../dossier/dossier-corrections.ts';
import { KIND_LABELS } from '../lib/site/kinds.ts';
import { articlePath } from '../lib/site/routes.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site/site.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const { articles } = await loadDossier();
  const { byArticle } = await loadCorrections();
  // A corrected article keeps its publication date; the update shows in its description and in dcterms:modified.
  const updated = (id: string) => latestCorrection(byArticle.get(id) ?? []);
  // The feed changes when an article is published or corrected: its newest date, not the build's
  // clock, so that rebuilding the same content gives the same feed.
  const lastBuild = new Date(Math.max(...articles.map((a) => Math.max(a.data.date.getTime(), Date.parse(updated(a.id) ?? '') || 0))));
  // A feed names its own address (RSS Best Practices, atom:link rel="self").
  const self = new URL(url.pathname, site).href;
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dcterms: 'http://purl.org/dc/terms/' },
    customData: `<language>fr-FR</language><atom:link href="${self}" rel="self" type="application/rss+xml"/><lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>`,
    items: articles.map((a) => {
      const day = updated(a.id);
      const summary = a.data.description ?? a.data.standfirst;
      return {
        title: a.data.title,
        description: day ? `${summary} (Mis à jour le ${formatPartialDate(day)}\u202f: voir les corrections en fin d’article.)` : summary,
        pubDate: a.data.date,
        link: articlePath(a),
        categories: [KIND_LABELS[a.data.kind], ...a.data.tags],
        ...(day ? { customData: `<dcterms:modified>${day}</dcterms:modified>` } : {}),
      };
    }),
  });
};
