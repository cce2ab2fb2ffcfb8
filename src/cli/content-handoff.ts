/**
 * The content step of a build, shared by `npm run build` and the benchmark that mirrors it: check
 * every content file, and when all pass, write what the Astro process needs from that parse (the
 * digests of the checked files, the sitemap's dates) for it to read instead of parsing again
 * (src/lib/content/checked-content.ts). Returns the environment entry that points Astro at it, and
 * the social cards the build will draw (src/cli/astro-build.ts draws them ahead of Astro).
 */
import { join, resolve } from 'node:path';
import { checkAndParseContent } from '../lib/content/content-check.ts';
import { checkedContent, writeCheckedContent } from '../lib/content/checked-content.ts';
import { readContentFiles } from '../lib/content/content-files.ts';
import type { ContentFile } from '../lib/content/content-check.ts';
import type { Problem } from '../lib/content/problems.ts';
import { visibleArticles } from '../lib/content/drafts.ts';
import { lastModifiedOfContent } from '../lib/site/sitemap-dates.ts';
import { socialCards } from '../lib/site/social-images.ts';
import type { SocialCard } from '../lib/site/social-card.ts';

/** Where the hand-off is written, under the project's caches. */
export const HANDOFF_FILE = join('node_modules', '.cache', 'dossier-build', 'checked-content.json');

export interface BuildContent {
  problems: Problem[];
  files: ContentFile[];
  env: Record<string, string>;
  cards: { slug: string; card: SocialCard }[];
}

export function checkContentForBuild(root: string): BuildContent {
  const files = readContentFiles(root);
  const { problems, parsed } = checkAndParseContent(files);
  if (problems.length) return { problems, files, env: {}, cards: [] };
  const env = writeCheckedContent(resolve(root, HANDOFF_FILE), checkedContent(files, lastModifiedOfContent(parsed)));
  return { problems, files, env, cards: socialCards(visibleArticles(parsed.articles, false)) };
}
