/**
 * The sitemap's `lastmod`, read from the content files (the sitemap integration runs outside
 * Astro's collections): each article's publication date, or its latest correction when later;
 * /corrections/ at the latest correction. Pure but for reading the files.
 */
import { parseContent } from '../content/content-check.ts';
import { readContentFiles } from '../content/content-files.ts';
import { allCorrections, articleCorrections, lastModified, latestCorrection, type CorrectableSet } from '../editorial/corrections.ts';
import { CORRECTIONS_PATH } from '../editorial/corrections-pages.ts';
import { visibleArticles } from '../content/drafts.ts';
import { articlePath } from './routes.ts';

/** `lastmod` ("YYYY-MM-DD") by page path, for the pages that have one. */
export function lastModifiedByPath(set: CorrectableSet): Map<string, string> {
  const all = allCorrections(set);
  const dates = new Map<string, string>();
  for (const a of set.articles) dates.set(articlePath(a), lastModified(a.data.date, articleCorrections(a, set, all)).toISOString().slice(0, 10));
  const latest = latestCorrection(all);
  if (latest) dates.set(CORRECTIONS_PATH, latest);
  return dates;
}

/** The same, from the content files under `root`. */
export function lastModifiedFromFiles(root: string): Map<string, string> {
  const { articles, datasets, comparisons, charts } = parseContent(readContentFiles(root));
  return lastModifiedByPath({ articles: visibleArticles(articles, false), datasets, comparisons, charts });
}
