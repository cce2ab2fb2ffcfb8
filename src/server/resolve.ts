/**
 * Which file a URL path names inside the served folder, looked up on disk at each request
 * (a rebuild swaps a new folder in while we run). Never leaves the folder: `..` cannot
 * escape after normalisation, and symlinks are followed only when their real target is
 * still inside the folder's real path. Broken or looping links are simply not found.
 * Host configuration files (`_headers`, `_redirects`…) and dotfiles are never served,
 * as static hosts do.
 */
import { realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join, normalize, sep } from 'node:path';

/** Files static hosts read as configuration and never publish. */
export const HOST_CONFIG_FILES = new Set(['_headers', '_redirects', '_routes.json', '_worker.js', 'netlify.toml', 'vercel.json']);

export type PathCheck = { ok: true; segments: string[] } | { ok: false; status: 400 | 404 };

/** Decodes and checks a URL pathname. Pure. */
export function checkPath(pathname: string): PathCheck {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const segments = normalize(`/${decoded}`).split('/').filter(Boolean);
  if (segments.includes('..')) return { ok: false, status: 404 };
  // Dotfiles are private, except `/.well-known/` (a public convention).
  if (segments.some((s, i) => s.startsWith('.') && !(i === 0 && s === '.well-known'))) return { ok: false, status: 404 };
  if (segments.length && HOST_CONFIG_FILES.has(segments[0]!)) return { ok: false, status: 404 };
  return { ok: true, segments };
}

/** Candidate files for a path, in order: as named, `.html` added, its `index.html`. Pure. */
export function candidates(segments: string[], trailingSlash: boolean): string[] {
  const rel = segments.join('/');
  if (!rel) return ['index.html'];
  if (trailingSlash) return [`${rel}/index.html`];
  return [rel, `${rel}.html`, `${rel}/index.html`];
}

export interface Found {
  file: string;
  stats: Stats;
}

/** Is `path` the folder `root` or inside it? Pure. */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The real file a path names inside `root`, or undefined. Never throws for a missing, broken or looping entry. */
export async function findFile(root: string, relatives: string[]): Promise<Found | undefined> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return undefined; // the folder is absent (e.g. for an instant during a swap)
  }
  for (const rel of relatives) {
    try {
      const real = await realpath(join(realRoot, rel));
      if (!isInside(realRoot, real)) continue;
      // A link inside the folder may still point at a private file (`_headers`, a dotfile).
      const inner = checkPath(real.slice(realRoot.length).split(sep).join('/'));
      if (!inner.ok) continue;
      const stats = await stat(real);
      if (stats.isFile()) return { file: real, stats };
    } catch {
      // ENOENT, ELOOP, ENOTDIR, EACCES: not found.
    }
  }
  return undefined;
}
