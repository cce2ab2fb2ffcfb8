/**
 * The sitemap's `lastmod`, read from the content files (the sitemap integration runs outside
 * Astro's collections): each article's publication date, or its latest correction when later;
 * /corrections/ at the latest correction. Pure but for reading the files.
 */
import { parseContent, type ParsedContent } from '../content/content-check.ts';
import { checkedContentOf } from '../content/checked-content.ts';
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

/** The same, from parsed content. */
export function lastModifiedOfContent({ articles, datasets, comparisons, charts }: ParsedContent): Map<string, string> {
  return lastModifiedByPath({ articles: visibleArticles(articles, false), datasets, comparisons, charts });
}

/**
 * The same, from the content files under `root`: taken from the build's hand-off when it is of
 * this very content (src/lib/content/checked-content.ts), parsed here otherwise.
 */
export function lastModifiedFromFiles(root: string, env: NodeJS.ProcessEnv = process.env): Map<string, string> {
  const files = readContentFiles(root);
  const checked = checkedContentOf(files, env);
  if (checked) return new Map(checked.lastModified);
  return lastModifiedOfContent(parseContent(files));
}
