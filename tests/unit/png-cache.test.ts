import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cachedImage, imageKey, warmImage } from '../../src/lib/site/png-cache.ts';
import { renderPng } from '../../src/lib/site/png-render.ts';

const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="${fill}"/></svg>`;

describe('imageKey', () => {
  test('changes with the SVG, the variant and the renderer, and only with them', () => {
    const k = imageKey(svg('red'), '8', 'renderer 1');
    expect(imageKey(svg('red'), '8', 'renderer 1')).toBe(k);
    expect(imageKey(svg('blue'), '8', 'renderer 1')).not.toBe(k);
    expect(imageKey(svg('red'), '16', 'renderer 1')).not.toBe(k);
    expect(imageKey(svg('red'), '8', 'renderer 2')).not.toBe(k);
    // The separators keep the parts apart: moving a character from one to the next changes the key.
    expect(imageKey(svg('red'), '8', 'renderer 1')).not.toBe(imageKey(svg('red'), '', 'renderer 18'));
    expect(k).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('cachedImage', () => {
  afterEach(() => vi.unstubAllEnvs());
  test('renders once per key, then reads the file the first render wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'png-cache-'));
    const render = vi.fn(() => Buffer.from('png-bytes'));
    expect((await cachedImage('k1', render, dir)).toString()).toBe('png-bytes');
    expect((await cachedImage('k1', render, dir)).toString()).toBe('png-bytes');
    expect(render).toHaveBeenCalledTimes(1);
    await cachedImage('k2', render, dir);
    expect(render).toHaveBeenCalledTimes(2);
    expect(readdirSync(dir).sort()).toEqual(['k1.png', 'k2.png']);
  });
  test('DOSSIER_IMAGE_CACHE=0 renders every time and writes nothing', async () => {
    vi.stubEnv('DOSSIER_IMAGE_CACHE', '0');
    const dir = mkdtempSync(join(tmpdir(), 'png-cache-'));
    const render = vi.fn(() => Buffer.from('x'));
    await cachedImage('k', render, dir);
    await cachedImage('k', render, dir);
    expect(render).toHaveBeenCalledTimes(2);
    expect(readdirSync(dir)).toEqual([]);
  });
  test('a cached PNG is byte for byte the uncached one', async () => {
    const fresh = await renderPng(svg('#0b5394'), { width: 8 });
    vi.stubEnv('DOSSIER_IMAGE_CACHE', '0');
    expect((await renderPng(svg('#0b5394'), { width: 8 })).equals(fresh)).toBe(true);
  });
});

describe('warmImage', () => {
  test('renders into the cache only what is missing, and cachedImage then reads it without rendering', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'png-cache-'));
    writeFileSync(join(dir, 'old.png'), 'old-bytes');
    const render = vi.fn(() => Buffer.from('new-bytes'));
    expect(await warmImage('old', render, dir)).toBe(false);
    expect(await warmImage('new', render, dir)).toBe(true);
    expect(render).toHaveBeenCalledTimes(1);
    const again = vi.fn(() => Buffer.from('again'));
    expect((await cachedImage('new', again, dir)).toString()).toBe('new-bytes');
    expect(again).not.toHaveBeenCalled();
    expect(readdirSync(dir).sort()).toEqual(['new.png', 'old.png']);
  });
});
