/**
 * Build-time PNGs kept across builds, by content hash: the key is a SHA-256 of everything the
 * pixels depend on (the SVG, the size and format asked, the renderer's stamp: its libraries'
 * versions and font files), so a rebuild re-renders only the images whose inputs changed and an
 * edit can never be served a stale image. Set DOSSIER_IMAGE_CACHE=0 to render everything (the
 * benchmark measures both).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where cached PNGs live: Astro and Vite keep their caches in node_modules/.cache-like folders too. */
export const IMAGE_CACHE_DIR = join('node_modules', '.cache', 'dossier-images');

/** The cache key of one image: SHA-256 of the renderer's stamp, the variant asked (size, alpha) and the SVG. Pure. */
export function imageKey(svg: string, variant: string, rendererStamp: string): string {
  return createHash('sha256').update(rendererStamp).update('\0').update(variant).update('\0').update(svg).digest('hex');
}

/** `render()`'s PNG for this key, from the cache when present; written there atomically otherwise. */
export async function cachedImage(key: string, render: () => Buffer | Promise<Buffer>, dir: string = IMAGE_CACHE_DIR): Promise<Buffer> {
  if (process.env.DOSSIER_IMAGE_CACHE === '0') return render();
  const file = join(dir, `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await render();
    store(file, png);
    return png;
  }
}

/**
 * Renders this key's PNG into the cache unless it is there already, without reading it back; true when it
 * rendered. The build draws social cards this way ahead of Astro (src/cli/astro-build.ts).
 */
export async function warmImage(key: string, render: () => Buffer | Promise<Buffer>, dir: string = IMAGE_CACHE_DIR): Promise<boolean> {
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) return false;
  store(file, await render());
  return true;
}

/** Written under a name of its own, then renamed: a reader sees the whole file or none. */
function store(file: string, png: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
}
