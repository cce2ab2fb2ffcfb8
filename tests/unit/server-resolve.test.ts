/** Which file a URL path names inside the served folder (src/server/resolve.ts). */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidates, checkPath, findFile, isInside } from '../../src/server/resolve.ts';

describe('checkPath', () => {
  it.each([
    ['/', []],
    ['/a/b/', ['a', 'b']],
    ['/a/./b', ['a', 'b']],
    ['/a/../b', ['b']],
    ['/.well-known/security.txt', ['.well-known', 'security.txt']],
    ['/caf%C3%A9', ['café']],
  ])('%s → %j', (path, segments) => expect(checkPath(path)).toEqual({ ok: true, segments }));

  it.each([
    ['/%E0%A4%A', 400],
    ['/a%00b', 400],
    ['/a%5C..%5Cb', 400],
    ['/_headers', 404],
    ['/%5Fheaders', 404],
    ['/_redirects', 404],
    ['/_routes.json', 404],
    ['/.env', 404],
    ['/a/.git/config', 404],
  ])('%s is refused with %i', (path, status) => expect(checkPath(path)).toEqual({ ok: false, status }));
});

describe('candidates', () => {
  it('tries the name, .html, then index.html; a trailing slash means a folder', () => {
    expect(candidates([], true)).toEqual(['index.html']);
    expect(candidates(['a', 'b'], false)).toEqual(['a/b', 'a/b.html', 'a/b/index.html']);
    expect(candidates(['a'], true)).toEqual(['a/index.html']);
  });
});

describe('isInside', () => {
  it('compares whole path segments', () => {
    expect(isInside('/srv/dist', '/srv/dist/a')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist-old/a')).toBe(false);
    expect(isInside('/srv/dist', '/etc/passwd')).toBe(false);
  });
});

describe('findFile', () => {
  const outside = mkdtempSync(join(tmpdir(), 'resolve-outside-'));
  writeFileSync(join(outside, 'secret'), 'x');
  const root = mkdtempSync(join(tmpdir(), 'resolve-root-'));
  mkdirSync(join(root, 'page'));
  writeFileSync(join(root, 'page/index.html'), 'p');
  writeFileSync(join(root, '_headers'), 'h');
  symlinkSync(join(outside, 'secret'), join(root, 'leak'));
  symlinkSync(join(root, 'page/index.html'), join(root, 'alias'));
  symlinkSync(join(root, '_headers'), join(root, 'headers-alias'));
  symlinkSync(join(root, 'missing'), join(root, 'broken'));
  symlinkSync(join(root, 'loop2'), join(root, 'loop1'));
  symlinkSync(join(root, 'loop1'), join(root, 'loop2'));

  it('finds a page and a link that stays inside', async () => {
    expect((await findFile(root, candidates(['page'], false)))?.file).toMatch(/page\/index\.html$/);
    expect((await findFile(root, ['alias']))?.file).toMatch(/page\/index\.html$/);
  });
  it.each(['leak', 'headers-alias', 'broken', 'loop1', 'page', 'nothing'])('%s is not found, without throwing', async (rel) => {
    expect(await findFile(root, [rel])).toBeUndefined();
  });
  it('an absent folder finds nothing', async () => {
    expect(await findFile(join(root, 'gone'), ['index.html'])).toBeUndefined();
  });
});
