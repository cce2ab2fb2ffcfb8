import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { fontconfigXml, renderPng, svgWidth } from '../../src/lib/site/png-render.ts';

const pixels = async (png: Buffer) => sharp(png).raw().toBuffer({ resolveWithObject: true });
const text = (family: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><rect width="100%" height="100%" fill="#fff"/><text x="8" y="40" font-family="${family}" font-weight="700" font-size="32">Région 46 M€</text></svg>`;

describe('svgWidth', () => {
  test('reads the root width, else the viewBox width', () => {
    expect(svgWidth('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="5"/></svg>')).toBe(1200);
    expect(svgWidth('<svg viewBox="0 0 32 32"><rect width="5"/></svg>')).toBe(32);
    expect(svgWidth('<svg height="10" width="640.5px">')).toBe(640.5);
    expect(svgWidth('<svg>')).toBe(0);
  });
});

test('fontconfigXml lists each folder once, and no system folder', () => {
  const xml = fontconfigXml(['/f/a', '/f/b', '/f/a'], '/c');
  expect(xml.match(/<dir>/g)).toHaveLength(2);
  expect(xml).toContain('<cachedir>/c</cachedir>');
  expect(xml).not.toMatch(/include|\/usr\/share\/fonts/);
});

describe('renderPng', () => {
  // Draw every time: an image cached by an earlier run would prove nothing about this one.
  beforeAll(() => vi.stubEnv('DOSSIER_IMAGE_CACHE', '0'));
  afterAll(() => vi.unstubAllEnvs());
  test('draws opaque images as RGB, at their own size or scaled to the width asked', async () => {
    const own = await renderPng(text('Inter'));
    expect(await sharp(own).metadata()).toMatchObject({ format: 'png', width: 240, height: 60, channels: 3 });
    expect(await sharp(await renderPng(text('Inter'), { width: 480 })).metadata()).toMatchObject({ width: 480, height: 120 });
  });
  test('keeps the alpha channel when asked (the logo)', async () => {
    const png = await renderPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="8" fill="#0b5394"/></svg>', { width: 64, alpha: true });
    const { data, info } = await pixels(png);
    expect(info).toMatchObject({ width: 64, height: 64, channels: 4 });
    expect(data[3]).toBe(0); // the top-left corner is outside the circle: transparent
  });
  test('draws text with the shipped Inter only: a system font named in the SVG is not used', async () => {
    const inter = await pixels(await renderPng(text('Inter')));
    // DejaVu Sans is on most Linux machines (on this one too); the drawing must not change with it.
    for (const family of ['DejaVu Sans', 'serif', 'Une police qui n’existe pas']) {
      expect((await pixels(await renderPng(text(family)))).data.equals(inter.data), family).toBe(true);
    }
    // And the text is drawn: the drawing differs from the blank paper.
    const blank = await pixels(await renderPng(text('Inter').replace(/<text[\s\S]*<\/text>/, '')));
    expect(blank.data.equals(inter.data)).toBe(false);
  });
});
