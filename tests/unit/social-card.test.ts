import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { IMAGE_CACHE_DIR } from '../../src/lib/site/png-cache.ts';
import { escapeXml, renderSocialCard, socialCardSvg, warmSocialCard, wrapChars } from '../../src/lib/site/social-card.ts';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('wrapChars(text, maxChars)', () => {
  test('breaks at spaces within the limit', () => {
    expect(wrapChars('un deux trois quatre', 9)).toEqual(['un deux', 'trois', 'quatre']);
  });
  test('never leaves « at a line end nor starts a line with : or »', () => {
    const lines = wrapChars('Laurent Wauquiez : « Jusqu’à présent, la Région »', 18);
    for (const line of lines) {
      expect(line.endsWith('«')).toBe(false);
      expect(/^[:»]/.test(line)).toBe(false);
    }
    expect(lines.join(' ')).toContain('Wauquiez\u202f:');
    expect(lines.join(' ')).toContain('«\u202fJusqu’à');
  });
});

test('escapeXml(text) escapes markup characters', () => {
  expect(escapeXml(`a < b & "c"`)).toBe('a &lt; b &amp; &quot;c&quot;');
});

describe('socialCardSvg(card)', () => {
  test('shows the kind in capitals, the headline and the site name', () => {
    const svg = socialCardSvg({ title: 'Un titre & un autre', kind: 'Article', siteName: 'Dossier Numérique' });
    expect(svg).toContain('ARTICLE');
    expect(svg).toContain('Un titre &amp; un autre');
    expect(svg).toContain('Dossier Numérique');
  });
  test('shrinks a long headline to fit five lines at most', () => {
    const long = 'mot '.repeat(60).trim();
    const svg = socialCardSvg({ title: long, kind: 'Article', siteName: 'Dossier Numérique' });
    expect((svg.match(/<tspan x="80"/g) ?? []).length).toBeLessThanOrEqual(5);
  });
});

test('renderSocialCard(card) makes a 1200×630 PNG with the shipped font', async () => {
  const png = await renderSocialCard({ title: 'Campus numérique de Charbonnières', kind: 'Article', siteName: 'Dossier Numérique' });
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
});

describe('warmSocialCard(card)', () => {
  const written: string[] = [];
  afterEach(() => {
    for (const file of written.splice(0)) rmSync(file, { force: true });
  });
  test('draws into the cache the very file renderSocialCard then reads', async () => {
    // A title no article has, so the real cache never holds this card; its file is removed after the test.
    const card = { title: `Carte d’essai ${process.pid}-${Date.now()}`, kind: 'Article', siteName: 'Dossier Numérique' };
    mkdirSync(IMAGE_CACHE_DIR, { recursive: true });
    const before = new Set(readdirSync(IMAGE_CACHE_DIR));
    expect(await warmSocialCard(card)).toBe(true);
    const added = readdirSync(IMAGE_CACHE_DIR).filter((f) => !before.has(f));
    written.push(...added.map((f) => join(IMAGE_CACHE_DIR, f)));
    expect(added).toHaveLength(1);
    expect(await warmSocialCard(card)).toBe(false);
    // Replaced by other bytes: renderSocialCard returns them, so it read that file rather than drawing.
    writeFileSync(written[0]!, 'warmed');
    expect((await renderSocialCard(card)).toString()).toBe('warmed');
    expect(statSync(written[0]!).size).toBe(6);
  });
});
