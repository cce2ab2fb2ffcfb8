/** The pages of a built site, read from its folder: what the quality scripts measure. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** URL paths of every HTML file under `dist`, sorted: `/`, `/entretien/…/`, `/404.html`. */
export function distPages(dist = 'dist'): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .map((p) => '/' + relative(dist, p).split(sep).join('/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/** Is this path a chart embed (`/embed/<chart>/`)? */
export function isEmbed(path: string): boolean {
  return path.startsWith('/embed/');
}

/** Every page that is not an embed, plus the first embed when there is one. */
export function pagesWithOneEmbed(pages: string[]): string[] {
  const embed = pages.find(isEmbed);
  return [...pages.filter((p) => !isEmbed(p)), ...(embed ? [embed] : [])];
}
