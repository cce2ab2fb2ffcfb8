/** The pruning and rewrites run beside Pagefind, and neither's result depends on the other's timing. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishSite, FinishError, replaceFile } from '../../src/cli/finish-site.ts';
import { finishEdits } from '../../src/cli/page-rewrites.ts';
import { pruneInlineCss } from '../../src/cli/prune-css.ts';

const PAGEFIND = resolve('node_modules/.bin/pagefind');
const CSS = '.used{color:red}.unused{color:blue}';
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A page as Astro writes it: inline style in the CSP, a module script the rewrites move after load. */
const page = (n: number) =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' ${sha(CSS)}"><title>Page ${n}</title><style>${CSS}</style><script type="module" src="/_astro/app.js"></script></head>` +
  `<body><main data-pagefind-body><h1>Article numéro ${n}</h1><p class="used">Le très haut débit en Auvergne, ${n} fois.</p></main></body></html>`;

function site(pages = 40): string {
  const dir = mkdtempSync(join(tmpdir(), 'finish-site-'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro', 'app.js'), 'document.body.dataset.ready = "1";');
  for (let n = 0; n < pages; n++) {
    mkdirSync(join(dir, `a${n}`));
    writeFileSync(join(dir, `a${n}`, 'index.html'), page(n));
  }
  return dir;
}

/** Every file under `dir`, path → bytes (base64), for comparing two trees byte for byte. */
const tree = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)).toString('base64')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

describe('finishSite', () => {
  it('writes the same pages as the pruning alone, and the same index as Pagefind over the pages before any rewrite', async () => {
    const side = site();
    const [pruneOnly, indexOnly] = [`${side}-prune`, `${side}-index`];
    for (const copy of [pruneOnly, indexOnly]) cpSync(side, copy, { recursive: true });

    const { css, ms } = await finishSite(side, { pagefind: PAGEFIND });
    expect(css?.pages).toBe(40);
    expect(ms.both).toBeGreaterThanOrEqual(Math.max(ms.prune, ms.pagefind) - 1);

    await pruneInlineCss(pruneOnly, finishEdits);
    expect(spawnSync(PAGEFIND, ['--site', indexOnly, '--silent']).status).toBe(0);

    const pages = (dir: string) => Object.fromEntries(Object.entries(tree(dir)).filter(([f]) => f.endsWith('.html')));
    expect(pages(side)).toEqual(pages(pruneOnly));
    // The rewrites did change the pages (style, CSP, script), yet Pagefind's index is byte for byte the one of the pages as Astro wrote them.
    expect(readFileSync(join(side, 'a0', 'index.html'), 'utf8')).not.toBe(page(0));
    const index = (dir: string) => tree(join(dir, 'pagefind'));
    expect(Object.keys(index(side)).length).toBeGreaterThan(5);
    expect(index(side)).toEqual(index(indexOnly));
    expect(Object.keys(tree(side)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('says which half failed: Pagefind missing', async () => {
    const error = await finishSite(site(2), { pagefind: '/nonexistent/pagefind' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FinishError);
    expect((error as FinishError).step).toBe('pagefind');
  });

  it('says which half failed: the pruning', async () => {
    const dir = site(2);
    // An unclosed block: PostCSS refuses the stylesheet.
    writeFileSync(join(dir, 'a0', 'index.html'), page(0).replace('<style>', '<style>.a{'));
    const error = await finishSite(dir, { pagefind: PAGEFIND }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FinishError);
    expect((error as FinishError).step).toBe('prune');
  });
});

describe('the pruning beside Pagefind', () => {
  it('never reads /pagefind/, written or not: a page searching the index prunes the same either way', async () => {
    const dir = site(0);
    writeFileSync(join(dir, '_astro', 'app.js'), 'const url = "/pagefind/pagefind.js"; await import("/pagefind/pagefind.js");');
    writeFileSync(join(dir, 'index.html'), page(1));
    const without = `${dir}-without`;
    cpSync(dir, without, { recursive: true });
    mkdirSync(join(dir, 'pagefind'));
    // Pagefind's own code names words our stylesheet also has: they must not keep its rules.
    writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'el.className = "unused";');
    await pruneInlineCss(dir, finishEdits);
    await pruneInlineCss(without, finishEdits);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain('.unused');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(readFileSync(join(without, 'index.html'), 'utf8'));
  });
});

describe('replaceFile', () => {
  it('replaces the file whole and leaves nothing beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replace-file-'));
    const file = join(dir, 'index.html');
    writeFileSync(file, 'avant');
    replaceFile(file, ['ap', 'rès']);
    expect(readFileSync(file, 'utf8')).toBe('après');
    expect(readdirSync(dir)).toEqual(['index.html']);
  });
});
