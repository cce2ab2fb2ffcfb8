/** Where corrections are read: the log's addresses, and the pages each correction concerns. Pure. */
import type { PlacedCorrection } from './corrections.ts';
import { GALLERY_PATH } from '../site/embeds.ts';
import { articlePath } from '../site/routes.ts';
import type { ArticleData } from '../../content/schemas.ts';

/** The log page. */
export const CORRECTIONS_PATH = '/corrections/';
/** Its RSS feed. */
export const CORRECTIONS_FEED = '/corrections/rss.xml';

/** Anchor of a correction on the log page. */
export const correctionAnchor = (c: PlacedCorrection): string => `correction-${c.key}`;

/** A page a correction concerns. */
export interface ConcernedPage {
  href: string;
  title: string;
}

/** For each correction, the articles that show it, then the charts that carry it (in the gallery). */
export function correctionPages(
  log: { byArticle: Map<string, PlacedCorrection[]>; byChart: Map<string, PlacedCorrection[]> },
  articles: { id: string; data: Pick<ArticleData, 'kind' | 'title'> }[],
  charts: { id: string; data: { title: string } }[],
): Map<PlacedCorrection, ConcernedPage[]> {
  const pages = new Map<PlacedCorrection, ConcernedPage[]>();
  const add = (c: PlacedCorrection, page: ConcernedPage) => pages.set(c, [...(pages.get(c) ?? []), page]);
  for (const a of articles) for (const c of log.byArticle.get(a.id) ?? []) add(c, { href: `${articlePath(a)}#corrections`, title: a.data.title });
  for (const ch of charts) for (const c of log.byChart.get(ch.id) ?? []) add(c, { href: `${GALLERY_PATH}#graphique-${ch.id}`, title: `Graphique${'\u202f'}: ${ch.data.title}` });
  return pages;
}
