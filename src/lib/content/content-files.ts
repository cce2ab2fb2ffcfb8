/** Reads every content file of a project, for the checks that run outside Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './content-check.ts';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * A file's text, decoded as UTF-8. A byte-order mark is accepted (and dropped, as Astro
 * does); bytes that are not UTF-8 are not guessed at: the file comes back with what is wrong.
 */
export function decodeContent(path: string, bytes: Uint8Array): ContentFile {
  try {
    return { path, text: UTF8.decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    return {
      path,
      text: '',
      encodingError: {
        line,
        message: 'the file is not UTF-8 (it was probably saved as Latin-1 or Windows-1252, so its accents would show as �): save it again with the UTF-8 encoding in your editor',
      },
    };
  }
}

/** Paths in the order a sorted walk visits them: folder by folder, each sorted by name. */
function byFolder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

/** Every content file under `<root>/content` (MDX, YAML, and the publish record's JSON), with its path relative to `root` (forward slashes). */
export function readContentFiles(root: string): ContentFile[] {
  return readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(mdx|ya?ml|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .map((path) => ({ path, rel: relative(root, path).split(sep).join('/') }))
    .sort((a, b) => byFolder(a.rel, b.rel))
    .map(({ path, rel }) => decodeContent(rel, readFileSync(path)));
}
