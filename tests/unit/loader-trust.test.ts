/** What the embed loader trusts (src/embed/loader-trust.ts). */
import { describe, expect, it } from 'vitest';
import { claimInstall, INSTALLED, isOnOrigin, loaderOrigin } from '../../src/embed/loader-trust.ts';

describe('loaderOrigin', () => {
  it.each([
    ['https://site.example/embed/loader.js', 'https://site.example'],
    ['http://127.0.0.1:4321/embed/loader.js?v=2', 'http://127.0.0.1:4321'],
    ['', undefined],
    [undefined, undefined],
    [null, undefined],
    ['data:text/javascript,1', undefined],
    ['not a url', undefined],
  ])('%j → %j', (src, origin) => expect(loaderOrigin(src)).toBe(origin));
});

describe('isOnOrigin', () => {
  const base = 'https://host.example/page.html';
  it.each([
    ['https://site.example/embed/c1/', true],
    ['https://site.example:443/embed/c1/', true],
    ['https://evil.example/embed/c1/', false],
    ['http://site.example/embed/c1/', false],
    ['/embed/c1/', false],
    ['https://site.example.evil.example/embed/c1/', false],
    ['javascript:alert(1)', false],
    ['http://[bad', false],
  ])('%s → %s', (src, ok) => expect(isOnOrigin(src, base, 'https://site.example')).toBe(ok));
});

describe('claimInstall', () => {
  it('claims once per origin, under a Symbol', () => {
    const win = {} as Record<string | symbol, unknown>;
    expect(claimInstall(win, 'https://a.example')).toBe(true);
    expect(claimInstall(win, 'https://a.example')).toBe(false);
    expect(claimInstall(win, 'https://b.example')).toBe(true);
    expect(Object.keys(win)).toEqual([]);
    expect(win[INSTALLED]).toBeInstanceOf(Set);
  });
  it('ignores a string-named global that an element could shadow', () => {
    const win = { dossierNumeriqueLoader: {}, 'dossier-numerique:loader': {} };
    expect(claimInstall(win, 'https://a.example')).toBe(true);
  });
});
