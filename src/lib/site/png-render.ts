/**
 * Build-time PNGs from SVG (social cards, chart images, the publisher's logo), drawn by sharp
 * (libvips with librsvg, already installed by Astro) with a TTF font shipped by an npm package
 * (Inter, SIL Open Font License): fontconfig is pointed at those files only, so the output is the
 * same on every machine and no system font is ever used. Parsing, drawing and encoding all run on
 * libuv's thread pool, off the thread that renders pages. resvg, used before, took about 35 ms of
 * CPU per social card (15 of them on the page-rendering thread, to encode); this takes about 18.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { cachedImage, IMAGE_CACHE_DIR, imageKey, warmImage } from './png-cache.ts';

const require = createRequire(import.meta.url);

/** The font files drawings may use; nothing else is loaded. */
export const PNG_FONT_FILES = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
];
/** Family name to use in `font-family` of SVGs rendered to PNG. */
export const PNG_FONT_FAMILY = 'Inter';

/** A fontconfig configuration that knows only the given font folders. Pure. */
export function fontconfigXml(fontDirs: readonly string[], cacheDir: string): string {
  const dirs = [...new Set(fontDirs)].map((d) => `  <dir>${d}</dir>\n`).join('');
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n${dirs}  <cachedir>${cacheDir}</cachedir>\n</fontconfig>\n`;
}

/** Bumped when the way images are drawn changes outside the SVG (a new renderer option). */
const FORMAT = 'sharp-1';

let configured = false;

/**
 * Points fontconfig at our fonts only. It reads FONTCONFIG_FILE once, when librsvg first lays out
 * text (not when sharp loads), so this runs before anything is drawn in the process.
 */
function configureFonts() {
  if (configured) return;
  const dir = resolve(IMAGE_CACHE_DIR, 'fontconfig');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, fontconfigXml(PNG_FONT_FILES.map((f) => dirname(f)), join(dir, 'cache')));
  process.env.FONTCONFIG_FILE = file;
  configured = true;
}

let stamp: string | undefined;

/** What the pixels depend on besides the SVG: the libraries' versions and the font files. */
function rendererStamp(): string {
  stamp ??= [FORMAT, JSON.stringify(sharp.versions), ...PNG_FONT_FILES.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex'))].join('\n');
  return stamp;
}

/** The width an SVG is drawn at by default: its root's width attribute, else its viewBox's (0 when neither). Pure. */
export function svgWidth(svg: string): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = /\swidth="([\d.]+)(?:px)?"/.exec(root)?.[1] ?? /\sviewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)/.exec(root)?.[1];
  return Number(width ?? 0);
}

export interface PngOptions {
  /** Scale the drawing to this many pixels wide (its own size otherwise). */
  width?: number;
  /** Keep the alpha channel (the logo); drawings on their own paper are encoded as RGB, a quarter fewer bytes to compress. */
  alpha?: boolean;
  /** zlib's level, DEFAULT_LEVEL unless given. */
  compressionLevel?: number;
}

/** libvips's own default; keys drawn at it name no level, as before levels could be chosen. */
const DEFAULT_LEVEL = 6;

/** The cache key of this SVG drawn with these options: the SVG, everything else asked, the renderer. */
function pngKey(svg: string, { width, alpha = false, compressionLevel = DEFAULT_LEVEL }: PngOptions): string {
  const variant = `${width ?? 'own size'}${alpha ? ', alpha' : ''}${compressionLevel === DEFAULT_LEVEL ? '' : `, level ${compressionLevel}`}`;
  return imageKey(svg, variant, rendererStamp());
}

function draw(svg: string, { width, alpha = false, compressionLevel = DEFAULT_LEVEL }: PngOptions): Promise<Buffer> {
  configureFonts();
  const own = svgWidth(svg);
  // librsvg draws at 72 dpi by default: a density of 72 × scale draws the vectors at that scale.
  const image = sharp(Buffer.from(svg), { density: width && own ? (72 * width) / own : 72 });
  return (alpha ? image : image.removeAlpha()).png({ compressionLevel }).toBuffer();
}

/** Renders an SVG document to PNG bytes (cached by content hash: src/lib/site/png-cache.ts). */
export function renderPng(svg: string, options: PngOptions = {}): Promise<Buffer> {
  return cachedImage(pngKey(svg, options), () => draw(svg, options));
}

/** Draws the PNG `renderPng` would return into the image cache under `cacheDir`, unless it is there already; true when it drew. */
export function warmPng(svg: string, options: PngOptions = {}, cacheDir: string = IMAGE_CACHE_DIR): Promise<boolean> {
  return warmImage(pngKey(svg, options), () => draw(svg, options), cacheDir);
}
