/** Reads every content file of a project, for the checks that run outside Astro. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Every content file under `<root>/content` (MDX, YAML, and the publish record's JSON), with its path relative to `root` (forward slashes). */
export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(mdx|ya?ml|json)$/.test(name)) files.push(decodeContent(relative(root, path).split(sep).join('/'), readFileSync(path)));
    }
  };
  walk(join(root, 'content'));
  return files;
}
