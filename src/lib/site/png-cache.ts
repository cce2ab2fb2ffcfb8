/**
 * Build-time PNGs kept across builds, by content hash: the key is a SHA-256 of everything the
 * pixels depend on (the SVG, the width, the font files, resvg's version), so a rebuild re-renders
 * only the images whose inputs changed and an edit can never be served a stale image.
 * Set DOSSIER_IMAGE_CACHE=0 to render everything (the benchmark measures both).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Where cached PNGs live: Astro and Vite keep their caches in node_modules/.cache-like folders too. */
export const IMAGE_CACHE_DIR = join('node_modules', '.cache', 'dossier-images');

const require = createRequire(import.meta.url);
/** Bumped when the way images are drawn changes outside the SVG (a new renderer option). */
const FORMAT = '1';

/** What the bytes of a rendered image depend on, besides its SVG and width. */
function rendererStamp(fontFiles: readonly string[]): string {
  const resvg = (require('@resvg/resvg-js/package.json') as { version: string }).version;
  const fonts = fontFiles.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex'));
  return [FORMAT, resvg, ...fonts].join('\n');
}

let stamp: string | undefined;

/** The cache key of one image: SHA-256 of its SVG, width and renderer stamp. */
export function imageKey(svg: string, width: number | undefined, fontFiles: readonly string[]): string {
  stamp ??= rendererStamp(fontFiles);
  return createHash('sha256').update(stamp).update('\0').update(String(width ?? 'original')).update('\0').update(svg).digest('hex');
}

/** `render()`'s PNG for this key, from the cache when present; written there atomically otherwise. */
export async function cachedImage(key: string, render: () => Buffer | Promise<Buffer>, dir: string = IMAGE_CACHE_DIR): Promise<Buffer> {
  if (process.env.DOSSIER_IMAGE_CACHE === '0') return render();
  const file = join(dir, `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await render();
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
    return png;
  }
}
