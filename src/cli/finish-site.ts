/**
 * What a build does after Astro, in the scratch folder: each page's CSS pruned and its last
 * rewrites (src/cli/prune-css.ts, page-rewrites.ts), and the search index (Pagefind), side by side.
 *
 * They can overlap because Pagefind reads only what the rewrites never touch: the text inside
 * `data-pagefind-body` and the attributes it is told to read, not <style>, the CSP or script tags.
 * Each rewritten page replaces the old one by a rename (replaceFile), so Pagefind reads one whole
 * version of it or the other, and its index is the same byte for byte either way
 * (tests/unit/finish-site.test.ts). On 2 cores, at 1 000 articles: 10.5 s of pruning then 6.8 s of
 * Pagefind (itself 165 % of a core) became 14.4 s side by side, each slowing the other.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { finishEdits, rewritePages } from './page-rewrites.ts';
import { pruneInlineCss } from './prune-css.ts';

/**
 * Writes `parts` to `file` through a sibling and a rename: a reader sees the old file or the new one,
 * never half. Each part is written as it is, through one descriptor: the page is never laid out as one
 * string (applyEdits), nor copied into one buffer (Buffer.concat cost 0.6–1.0 ms of CPU a page, these
 * writes 0.3, over 200 pruned articles).
 */
export function replaceFile(file: string, parts: readonly string[]): void {
  // Not `*.html`, so that Pagefind, which indexes `**/*.html`, never picks it up.
  const part = `${file}.part`;
  const fd = openSync(part, 'w');
  try {
    for (const text of parts) {
      const written = writeSync(fd, text);
      // A regular file takes a whole string at once; should it not, the rest goes as bytes.
      const bytes = Buffer.byteLength(text);
      if (written < bytes) {
        const rest = Buffer.from(text);
        for (let at = written; at < bytes; ) at += writeSync(fd, rest, at);
      }
    }
  } finally {
    closeSync(fd);
  }
  renameSync(part, file);
}

export interface Finished {
  /** Pages pruned, distinct results and bytes, or null when the CSS was kept whole. */
  css: Awaited<ReturnType<typeof pruneInlineCss>> | null;
  /** Milliseconds: the pruning and rewrites, Pagefind until it exited, and the two side by side. */
  ms: { prune: number; pagefind: number; both: number };
}

/** Which half failed, so that the build can say so. */
export class FinishError extends Error {
  readonly step: 'prune' | 'pagefind';
  constructor(step: 'prune' | 'pagefind', message: string) {
    super(message);
    this.step = step;
  }
}

/**
 * Prunes and rewrites the pages of `dir` while Pagefind indexes them; resolves when both are done.
 * `pagefind` is the path of its binary; `pruneCss: false` only rewrites the pages (the whole
 * stylesheet kept, to compare a page with and without pruning).
 */
export async function finishSite(dir: string, { pagefind, pruneCss = true }: { pagefind: string; pruneCss?: boolean }): Promise<Finished> {
  const started = performance.now();
  const child = spawn(pagefind, ['--site', dir, '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const indexed = new Promise<number>((resolve, reject) => {
    child.on('error', (error) => reject(new FinishError('pagefind', `Pagefind could not start: ${error.message}`)));
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(performance.now() - started) : reject(new FinishError('pagefind', `Pagefind exited with ${signal ?? `code ${code}`}`)),
    );
  });
  // A failure on one side must not leave the other unawaited: Pagefind's rejection is read below.
  indexed.catch(() => {});
  let css: Finished['css'] = null;
  let prune: number;
  try {
    if (pruneCss) css = await pruneInlineCss(dir, finishEdits, replaceFile);
    else rewritePages(dir, (html) => finishEdits(html), replaceFile);
    prune = performance.now() - started;
  } catch (error) {
    // Pagefind stops before the caller removes the folder it is writing into.
    child.kill();
    await indexed.catch(() => {});
    throw new FinishError('prune', String(error));
  }
  const pagefindMs = await indexed;
  return { css, ms: { prune, pagefind: pagefindMs, both: performance.now() - started } };
}
