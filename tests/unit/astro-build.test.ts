import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuild } from '../../src/cli/astro-build.ts';
import { IMAGE_CACHE_DIR } from '../../src/lib/site/png-cache.ts';

const cards = ['Un', 'Deux', 'Trois'].map((title) => ({ card: { title: `${title} ${process.pid}`, kind: 'Article', siteName: 'Dossier Numérique' } }));

/** A project folder whose `astro build` runs `script` instead of Astro. */
function fakeProject(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'astro-build-'));
  mkdirSync(join(dir, 'node_modules', 'astro', 'bin'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), script);
  return dir;
}

/** Waits until the cache folder holds `n` PNGs (the cards drawn beside it), then prints its arguments and exits 3. */
const waitForCards = (n: number) => `
import { existsSync, readdirSync } from 'node:fs';
const dir = ${JSON.stringify(IMAGE_CACHE_DIR)};
const count = () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).length : 0);
const started = Date.now();
while (count() < ${n} && Date.now() - started < 20000) await new Promise((r) => setTimeout(r, 20));
console.log('astro', process.argv.slice(2).join(' '), 'saw', count());
process.exit(3);
`;

describe('astroBuild', () => {
  test('draws every card into the project’s image cache while Astro runs, and passes on its output and exit code', { timeout: 30_000 }, async () => {
    const dir = fakeProject(waitForCards(cards.length));
    const run = await astroBuild({ cwd: dir, env: { ...process.env, DOSSIER_IMAGE_CACHE: '1' }, args: ['--outDir', 'x'], cards, capture: true });
    expect(run.status).toBe(3);
    expect(run.log).toBe('astro build --outDir x saw 3\n');
    expect(run.cardsAhead).toBe(3);
    expect(readdirSync(join(dir, IMAGE_CACHE_DIR)).filter((f) => f.endsWith('.png'))).toHaveLength(3);
  });
  test('stops drawing once Astro has exited', { timeout: 30_000 }, async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ card: { ...cards[0]!.card, title: `Carte ${i}` } }));
    const run = await astroBuild({ cwd: fakeProject('process.exit(0);'), env: { ...process.env, DOSSIER_IMAGE_CACHE: '1' }, args: [], cards: many, capture: true });
    expect(run.status).toBe(0);
    expect(run.cardsAhead).toBeLessThan(many.length);
  });
  test('draws nothing ahead when the image cache is off', { timeout: 30_000 }, async () => {
    const dir = fakeProject(waitForCards(1).replace('20000', '300'));
    const run = await astroBuild({ cwd: dir, env: { ...process.env, DOSSIER_IMAGE_CACHE: '0' }, args: [], cards, capture: true });
    expect(run.cardsAhead).toBe(0);
    expect(run.log).toContain('saw 0');
    expect(existsSync(join(dir, IMAGE_CACHE_DIR))).toBe(false);
  });
});
