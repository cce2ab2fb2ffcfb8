/** Reads every content file of a project, for the checks that run outside Astro. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './content-check.ts';

/** Every content file under `<root>/content` (MDX, YAML, and the publish record's JSON), with its path relative to `root` (forward slashes). */
export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(mdx|ya?ml|json)$/.test(name)) files.push({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(root, 'content'));
  return files;
}
