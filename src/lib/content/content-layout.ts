/**
 * Where each collection's files live and which id each file gets: the one table that both
 * Astro's content layer (src/content.config.ts) and the pre-build check
 * (src/lib/content/content-check.ts) read, so the two can never disagree on which files form a
 * collection or on an entry's id.
 */
import { matchesGlob } from 'node:path';
import { slug } from 'github-slugger';
import { DATA_GLOBS } from '../../content/data-files.ts';

/** A collection kept as one file per entry: its folder (from the project root) and glob pattern(s). */
export interface CollectionFiles {
  base: string;
  /** Glob pattern(s) relative to `base`; a pattern starting with `!` excludes. */
  pattern: string | string[];
}

export const COLLECTION_FILES = {
  articles: { base: 'content/articles', pattern: '**/*.mdx' },
  sources: { base: 'content/sources', pattern: '**/*.yaml' },
  datasets: { base: 'content/data', pattern: DATA_GLOBS.datasets },
  comparisons: { base: 'content/data', pattern: DATA_GLOBS.comparisons },
  charts: { base: 'content/charts', pattern: '**/*.yaml' },
} as const satisfies Record<string, CollectionFiles>;

/** The file holding every quotation, one entry per top-level key. */
export const QUOTATIONS_FILE = 'content/quotations.yaml';

/**
 * An entry's id: its file name without extension, slugified (github-slugger, as Astro does).
 * Folders do not count (Astro's default would keep them), and a `slug` field does not
 * override it (Astro's default would honour one): one rule, stated here, used everywhere.
 */
export function entryId(path: string): string {
  const name = path.split('/').pop() ?? path;
  return slug(name.replace(/\.[^.]+$/, ''));
}

/** Does a path from the project root belong to this collection? Same patterns as the loader's. */
export function inCollection(files: CollectionFiles, path: string): boolean {
  if (!path.startsWith(`${files.base}/`)) return false;
  const rel = path.slice(files.base.length + 1);
  const patterns = ([] as string[]).concat(files.pattern);
  const matches = (p: string) => matchesGlob(rel, p);
  return patterns.filter((p) => !p.startsWith('!')).some(matches) && !patterns.filter((p) => p.startsWith('!')).some((p) => matches(p.slice(1)));
}

