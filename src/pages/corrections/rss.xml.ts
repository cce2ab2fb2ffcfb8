/** /corrections/rss.xml: every correction of the dossier, newest first, each linking to its entry on /corrections/. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { ORIGIN_LABELS } from '../../lib/editorial/corrections.ts';
import { correctionAnchor, CORRECTIONS_PATH } from '../../lib/editorial/corrections-pages.ts';
import { loadCorrections } from '../../dossier/dossier-corrections.ts';
import { frenchSpacing, PUNCT_SPACE } from '../../lib/editorial/french-spacing.ts';
import { SITE_NAME } from '../../lib/site/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { all } = await loadCorrections();
  const colon = `${PUNCT_SPACE}:`;
  return rss({
    title: `${SITE_NAME}${colon} corrections et mises à jour`,
    description: 'Chaque correction d’un chiffre, d’une citation ou d’une affirmation publiés dans le dossier : la date, ce qui a changé, avant et après, et pourquoi.',
    // The channel's link is the log page; items link to their entry on it.
    site: new URL(CORRECTIONS_PATH, site!).href,
    customData: '<language>fr-FR</language>',
    items: all.map((c) => ({
      title: `${ORIGIN_LABELS[c.origin.kind]}${colon} ${c.origin.title}`,
      description: [
        frenchSpacing(c.what),
        c.before ? `Avant${colon} ${frenchSpacing(c.before)}` : '',
        c.after ? `Après${colon} ${frenchSpacing(c.after)}` : '',
        `Pourquoi${colon} ${frenchSpacing(c.why)}`,
      ]
        .filter(Boolean)
        .join(' — '),
      pubDate: new Date(`${c.date}T00:00:00Z`),
      // Absolute: @astrojs/rss would put a trailing slash after a relative link's #fragment.
      link: new URL(`${CORRECTIONS_PATH}#${correctionAnchor(c)}`, site!).href,
    })),
  });
};
