/**
 * A Vite plugin that reads each MDX article before the MDX compiler does and stops on
 * its mistakes (the classic traps `<!-- -->` and a stray `{`, what MDX may not contain,
 * the frontmatter) with a plain explanation, in `npm run dev` (error overlay) as in the
 * build. The error is located in the article itself (file, line, column), with the fix
 * as its hint, so the overlay quotes the article and « Open in editor » opens it there.
 * In `npm run build` an article the build has just checked, unchanged since, is not read again
 * (src/lib/content/checked-content.ts).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { checkArticleFile } from '../lib/content/content-check.ts';
import { fileDigest, readCheckedContent } from '../lib/content/checked-content.ts';
import { decodeContent } from '../lib/content/content-files.ts';
import { contentError } from '../lib/content/content-error.ts';

/** The plugin; add it to `vite.plugins` in astro.config.mjs. */
export function mdxTraps(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): Plugin {
  const checked = readCheckedContent(env)?.files;
  return {
    name: 'dossier:mdx-traps',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.mdx')) return null;
      const path = relative(root, file).split('\\').join('/');
      if (!path.startsWith('content/articles/')) return null; // only articles are MDX; their frontmatter has a schema
      const article = decodeContent(path, readFileSync(file));
      if (checked && checked[path] === fileDigest(article)) return null;
      const [first, ...rest] = checkArticleFile(article);
      if (first) throw contentError([first, ...rest], root);
      return null;
    },
  };
}
