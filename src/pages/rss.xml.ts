/** /rss.xml: every published article of the dossier, newest order last as in the dossier. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDossier } from '../lib/content.ts';
import { latestCorrection } from '../lib/corrections.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { loadCorrections } from '../lib/dossier-corrections.ts';
import { KIND_LABELS } from '../lib/kinds.ts';
import { articlePath } from '../lib/routes.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadDossier();
  const { byArticle } = await loadCorrections();
  // A corrected article keeps its publication date; the update shows in its description and in dcterms:modified.
  const updated = (id: string) => latestCorrection(byArticle.get(id) ?? []);
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: site!,
    customData: '<language>fr-FR</language>',
    xmlns: { dcterms: 'http://purl.org/dc/terms/' },
    items: articles.map((a) => {
      const day = updated(a.id);
      const summary = a.data.description ?? a.data.standfirst;
      return {
        title: a.data.title,
        description: day ? `${summary} (Mis à jour le ${formatPartialDate(day)}\u00a0: voir les corrections en fin d’article.)` : summary,
        pubDate: a.data.date,
        link: articlePath(a),
        categories: [KIND_LABELS[a.data.kind], ...a.data.tags],
        ...(day ? { customData: `<dcterms:modified>${day}</dcterms:modified>` } : {}),
      };
    }),
  });
};
