/**
 * Social cards: the 1200×630 image that link previews show, drawn as SVG here and rendered to PNG
 * by src/lib/site/png-render.ts with the shipped Inter font.
 */
import { CARD_HEIGHT, CARD_WIDTH } from './social-card-size.ts';
import { PUNCT_SPACE } from '../editorial/french-spacing.ts';
import { PNG_FONT_FAMILY, renderPng, warmPng, type PngOptions } from './png-render.ts';
import { maxChars, wrapText } from '../wrap-text.ts';

export { CARD_HEIGHT, CARD_WIDTH };

/** Light palette of the site (src/styles/global.css); a PNG cannot follow CSS variables. */
const PALETTE = { paper: '#fbfaf6', ink: '#1c1b19', muted: '#57534e', accent: '#0b5394', rule: '#d6d3cd' };

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** French punctuation that must not start a line (glued to the word before with the one no-break space). */
const GLUE_BEFORE = new Set(['»', ':', ';', '!', '?', '–']);

/** Unbreakable units for text of any spacing: « and the word after it, the word before : ; ! ? ». */
export function frenchUnits(text: string): string[] {
  const out: string[] = [];
  let pendingOpen = false;
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (pendingOpen) out[out.length - 1] += `${PUNCT_SPACE}${token}`;
    else if (GLUE_BEFORE.has(token) && out.length) out[out.length - 1] += `${token === '–' ? '\u00a0' : PUNCT_SPACE}${token}`;
    else out.push(token);
    pendingOpen = token === '«';
  }
  return out;
}

/**
 * Breaks text into lines of at most `maxChars` characters, at spaces (greedy), never before
 * French closing punctuation nor after «. A word longer than the line stands alone. SVG
 * text does not wrap, so cards and chart exports do it before drawing.
 */
export const wrapChars = (text: string, n: number): string[] => wrapText(text, maxChars(n), frenchUnits);

/** What a social card shows. */
export interface SocialCard {
  /** The headline. */
  title: string;
  /** The kind of piece, shown above the headline (« Entretien », « Article »…); empty for the site card. */
  kind: string;
  /** The site's name, shown at the bottom. */
  siteName: string;
  /** A short line under the site name. */
  tagline?: string;
}

/** Chooses the largest headline size at which the title fits in five lines. */
function fitTitle(title: string): { size: number; lines: string[] } {
  const textWidth = CARD_WIDTH - 2 * 80;
  for (const size of [68, 60, 52, 46, 40]) {
    // Inter Bold averages about half an em per character in French headlines; 0.54 leaves a margin.
    const lines = wrapChars(title, Math.floor(textWidth / (size * 0.54)));
    if (lines.length <= 5) return { size, lines };
  }
  const lines = wrapChars(title, Math.floor(textWidth / (40 * 0.54)));
  return { size: 40, lines: [...lines.slice(0, 4), `${lines[4] ?? ''}…`] };
}

/** The SVG of a 1200×630 social card: kind, headline, site name. Pure. */
export function socialCardSvg(card: SocialCard): string {
  const { size, lines } = fitTitle(card.title);
  const lineHeight = Math.round(size * 1.18);
  const top = card.kind ? 200 : 170;
  const title = lines
    .map((l, i) => `<tspan x="80" y="${top + i * lineHeight}">${escapeXml(l)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="100%" height="100%" fill="${PALETTE.paper}"/>
<rect width="24" height="100%" fill="${PALETTE.accent}"/>
${card.kind ? `<text x="80" y="110" font-family="${PNG_FONT_FAMILY}" font-weight="700" font-size="30" letter-spacing="3" fill="${PALETTE.accent}">${escapeXml(card.kind.toUpperCase())}</text>` : ''}
<text font-family="${PNG_FONT_FAMILY}" font-weight="700" font-size="${size}" fill="${PALETTE.ink}">${title}</text>
<line x1="80" y1="528" x2="${CARD_WIDTH - 80}" y2="528" stroke="${PALETTE.rule}" stroke-width="2"/>
<text x="80" y="578" font-family="${PNG_FONT_FAMILY}" font-weight="700" font-size="32" fill="${PALETTE.ink}">${escapeXml(card.siteName)}${
    // The space stays outside the tspan: a renderer may strip a tspan's leading white space.
    card.tagline ? ` <tspan font-weight="400" fill="${PALETTE.muted}">· ${escapeXml(card.tagline)}</tspan>` : ''
  }</text>
</svg>`;
}

/**
 * zlib level 3 instead of 6: 11 ms of CPU per card instead of 14 (measured over 80 cards), for 69 kB
 * instead of 65. Link previews fetch a card once; readers never load it from our pages.
 */
const CARD_PNG: PngOptions = { compressionLevel: 3 };

/** A social card as PNG bytes. */
export function renderSocialCard(card: SocialCard): Promise<Buffer> {
  return renderPng(socialCardSvg(card), CARD_PNG);
}

/** Draws a social card into the image cache under `cacheDir` ahead of the build that will ask for it; true when it drew. */
export function warmSocialCard(card: SocialCard, cacheDir?: string): Promise<boolean> {
  return warmPng(socialCardSvg(card), CARD_PNG, cacheDir);
}
