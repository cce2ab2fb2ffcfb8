/**
 * A chart as a standalone SVG file (and, through src/lib/site/png-render.ts, a PNG): its title, its graphic as
 * the page draws it without JavaScript, its source line and a credit, in the site's light
 * palette. Colours are read from the site's stylesheets (their light `:root` tokens), so
 * they stay defined once; SVG renderers and image viewers do not all understand `var()` or
 * `:not()`, so the export stylesheet names the resolved colours with plain class selectors. Pure.
 */
import globalCss from '../../styles/tokens.css?raw';
import chartCss from './chart.css?raw';
import { PNG_FONT_FAMILY } from '../../lib/site/png-render.ts';
import { escapeXml, wrapChars } from '../../lib/site/social-card.ts';

/** Light colour tokens (`--name` → value) from the first top-level `:root {}` of each stylesheet. */
export function lightTokens(...css: string[]): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const text of css) {
    const block = /^:root\s*\{([^}]*)\}/m.exec(text)?.[1] ?? '';
    for (const m of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) tokens.set(m[1]!, m[2]!.trim());
  }
  return tokens;
}

const TOKENS = lightTokens(globalCss, chartCss);

/** The light value of a site colour token; throws if the stylesheets lost it. */
export function token(name: string): string {
  const value = TOKENS.get(name);
  if (!value) throw new Error(`chart export: colour token ${name} is not defined in a top-level :root of tokens.css or chart.css`);
  return value;
}

/** A token reader for a kind whose stylesheet defines its own `:root` tokens: those first, then the site's. */
export function tokensWith(css: string): (name: string) => string {
  const own = lightTokens(css);
  return (name) => own.get(name) ?? token(name);
}

/** Export styles every chart shares: text, axes, grid, annotations. */
export function baseExportCss(): string {
  return [
    `svg{font-family:${PNG_FONT_FAMILY},system-ui,sans-serif}`,
    `.chart-svg text{fill:${token('--ink')}}`,
    '.chart-svg .is-bold{font-weight:700}',
    `.chart-tick,.chart-legend-text{fill:${token('--muted')}}`,
    `.chart-gridline{stroke:${token('--chart-grid')};stroke-width:1}`,
    `.chart-baseline{stroke:${token('--ink')};stroke-width:1.5}`,
    `.chart-growth,.chart-connector{fill:none;stroke:${token('--chart-annotation')};stroke-width:1.5}`,
    '.chart-connector{stroke-dasharray:3 3}',
    '.chart-hit,.chart-focus{fill:none;stroke:none}',
    `.chart-halo{paint-order:stroke;stroke:${token('--paper')};stroke-width:4px;stroke-linejoin:round}`,
  ].join('\n');
}

/** A chart's graphic as its kind draws it for export. */
export interface ExportGraphic {
  /** A complete `<svg>` element. */
  svg: string;
  width: number;
  height: number;
  /** Styles for its classes, in resolved colours (plain selectors only). */
  css: string;
}

/** The frame's words around the graphic. */
export interface ExportFrame {
  title: string;
  /** The source line, printed after « Source : ». */
  source: string;
  /** The credit at the bottom: the site's name and the article's title. */
  credit: string;
}

const PAD = 32;
const TITLE_SIZE = 22;
const SMALL_SIZE = 14;

/** The standalone SVG document of a chart: frame, title, graphic, source, credit. */
export function exportSvg(frame: ExportFrame, graphic: ExportGraphic): string {
  const width = graphic.width + 2 * PAD;
  const chars = (size: number) => Math.floor((width - 2 * PAD) / (size * 0.55));
  const title = wrapChars(frame.title, chars(TITLE_SIZE));
  const source = wrapChars(`Source\u202f: ${frame.source}`, chars(SMALL_SIZE));
  // Bold text runs wider: fewer characters per line.
  const credit = wrapChars(frame.credit, Math.floor(chars(SMALL_SIZE) * 0.9));
  const titleLine = Math.round(TITLE_SIZE * 1.25);
  const smallLine = Math.round(SMALL_SIZE * 1.4);
  let y = PAD + TITLE_SIZE;
  const titleY = y;
  y += (title.length - 1) * titleLine + 20;
  const graphicY = y;
  y += graphic.height + 24 + SMALL_SIZE;
  const sourceY = y;
  y += (source.length - 1) * smallLine + smallLine + 6;
  const creditY = y;
  const height = creditY + (credit.length - 1) * smallLine + PAD;
  const lines = (ls: string[], x: number, y0: number, step: number) => ls.map((l, i) => `<tspan x="${x}" y="${y0 + i * step}">${escapeXml(l)}</tspan>`).join('');
  // Visible overflow, as on the page (.chart-svg): strokes on the graphic's edge are not clipped.
  const inner = graphic.svg.replace(/^<svg\b/, `<svg x="${PAD}" y="${graphicY}" overflow="visible"`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="export-title">`,
    `<title id="export-title">${escapeXml(frame.title)}</title>`,
    `<style>${baseExportCss()}\n${graphic.css}\n.export-title{font-weight:700;fill:${token('--ink')}}\n.export-small{fill:${token('--muted')}}</style>`,
    `<rect width="100%" height="100%" fill="${token('--paper')}"/>`,
    `<text class="export-title" font-size="${TITLE_SIZE}">${lines(title, PAD, titleY, titleLine)}</text>`,
    inner,
    `<text class="export-small" font-size="${SMALL_SIZE}">${lines(source, PAD, sourceY, smallLine)}</text>`,
    `<text class="export-small" font-size="${SMALL_SIZE}" font-weight="700">${lines(credit, PAD, creditY, smallLine)}</text>`,
    '</svg>',
  ].join('\n');
}

/** The size an SVG document declares (its root width and height). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return { width: Number(/\swidth="([\d.]+)"/.exec(root)?.[1]), height: Number(/\sheight="([\d.]+)"/.exec(root)?.[1]) };
}

/**
 * A chart's social card: its standalone SVG scaled to fit a `width`×`height` card (Open
 * Graph's 1200×630), centred on the page colour.
 */
export function chartCardSvg(svg: string, width: number, height: number): string {
  const size = svgSize(svg);
  const margin = 24;
  const scale = Math.min((width - 2 * margin) / size.width, (height - 2 * margin) / size.height);
  const w = Math.round(size.width * scale);
  const h = Math.round(size.height * scale);
  const inner = svg.replace(/^<svg\b([^>]*?)\swidth="[\d.]+" height="[\d.]+"/, `<svg$1 x="${Math.round((width - w) / 2)}" y="${Math.round((height - h) / 2)}" width="${w}" height="${h}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${token('--paper')}"/>${inner}</svg>`;
}
