/**
 * A Vite plugin that reads each MDX article before the MDX compiler does and stops on
 * the classic traps (`<!-- -->`, a stray `{`) with a plain explanation, the file and
 * the line, in `npm run dev` (error overlay) as in the build.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { scanMdx } from '../lib/mdx-scan.ts';

/** The plugin; add it to `vite.plugins` in astro.config.mjs. */
export function mdxTraps(): Plugin {
  return {
    name: 'dossier:mdx-traps',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.mdx')) return null;
      const trap = scanMdx(readFileSync(file, 'utf8')).traps[0];
      if (!trap) return null;
      const where = `${relative(process.cwd(), file)}:${trap.line}`;
      const error = Object.assign(new Error(`${where} → MDX: ${trap.message}`), { loc: { file, line: trap.line, column: 1 }, id: file });
      throw error;
    },
  };
}
