/**
 * Where a chart lives outside its articles: its embed page, its exports, its oEmbed
 * document, the snippet other sites paste, and the article it links back to. Pure: the
 * pages, the endpoints and the tests all take their addresses from here.
 */
import { findBodyRefs } from '../content/refs.ts';
import { articlePath } from './routes.ts';
import { SITE_NAME } from './site.ts';
import { SNIPPET_THEME, type Theme } from '../../embed/themes.ts';
import type { ArticleData } from '../../content/schemas.ts';

/** The chart gallery. */
export const GALLERY_PATH = '/graphiques/';
/** Every embed at three widths. */
export const PREVIEW_PATH = '/graphiques/apercu/';
/** The host-page loader script, at a stable address. */
export const LOADER_PATH = '/embed/loader.js';
/** Widths at which the preview page shows each embed, in CSS pixels. */
export const PREVIEW_WIDTHS = [320, 600, 1000] as const;
/** The sandbox we recommend to embedders: scripts and new-tab links, nothing else. */
export const RECOMMENDED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** File formats every chart is exported in. */
export const EXPORT_FORMATS = ['png', 'svg', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Path of a chart's embed page, e.g. `/embed/budget-numerique-2016/`. */
export const embedPath = (id: string): string => `/embed/${id}/`;
/** Path of a chart's oEmbed document. */
export const oembedPath = (id: string): string => `${embedPath(id)}oembed.json`;
/** Path of a chart's export in a format, e.g. `/graphiques/<id>/<id>.csv`. */
export const exportPath = (id: string, format: ExportFormat): string => `${GALLERY_PATH}${id}/${id}.${format}`;

/** Path of a chart's social card (1200×630 PNG), e.g. `/graphiques/<id>/<id>-carte.png`. */
export const chartCardPath = (id: string): string => `${GALLERY_PATH}${id}/${id}-carte.png`;

/** An article as far as finding a chart's home needs it. */
export interface HomeCandidate {
  id: string;
  body?: string;
  data: Pick<ArticleData, 'kind' | 'title'>;
}

/** The page a chart links back to: its path and title. */
export interface ChartHome {
  path: string;
  title: string;
}

/** The first article (in dossier order) whose body shows the chart, else the home page. */
export function chartHome(chartId: string, articles: HomeCandidate[]): ChartHome {
  const article = articles.find((a) => findBodyRefs(a.body ?? '').some((r) => r.tag === 'Chart' && r.id === chartId));
  return article ? { path: articlePath(article), title: article.data.title } : { path: '/', title: SITE_NAME };
}

/**
 * The embed's link back: « Titre de l’article — Dossier Numérique », the order of the site's
 * page titles (an article title may hold a colon of its own), or the site name alone.
 */
export function creditText(home: ChartHome): string {
  return home.title === SITE_NAME ? SITE_NAME : `${home.title} — ${SITE_NAME}`;
}

/** What a snippet needs to know of a chart. */
export interface SnippetInput {
  /** The site's origin and base, e.g. `https://example.org`. */
  site: string | URL;
  id: string;
  title: string;
  /** Fixed height in px, used until (or without) the loader. */
  height: number;
  /** `?theme=` of the embed; SNIPPET_THEME unless given, none for `auto`. */
  theme?: Theme;
}

/** Escapes text for an HTML attribute value. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The address an iframe shows: the embed page, with `?theme=` unless `auto`. */
export function embedUrl(site: string | URL, id: string, theme: Theme = SNIPPET_THEME): string {
  const url = new URL(embedPath(id), site);
  if (theme !== 'auto') url.searchParams.set('theme', theme);
  return url.href;
}

/**
 * The iframe alone, as it must survive a CMS that keeps only an iframe and a few attributes
 * (WordPress keeps src, width, height, frameborder, scrolling, title): full width and a
 * fixed height as attributes; the inline `style` is for hosts that keep it.
 */
function embedIframe({ site, id, title, height, theme }: SnippetInput, extra = ''): string {
  return (
    `<iframe src="${attr(embedUrl(site, id, theme))}" title="${attr(title)}" width="100%" height="${height}"${extra} ` +
    `data-dossier-chart="${attr(id)}" loading="lazy" style="width:100%;border:0;display:block"></iframe>`
  );
}

/**
 * The HTML other sites paste: an iframe that works alone (full width, fixed height, lazy)
 * and the loader that fits its height to the chart.
 */
export function embedSnippet(input: SnippetInput): string {
  return `${embedIframe(input)}\n<script src="${attr(new URL(LOADER_PATH, input.site).href)}" async></script>`;
}

/**
 * The oEmbed document's HTML: the snippet, plus `frameborder="0"`, the one border control
 * WordPress keeps once it has removed `style` (its default iframe border would otherwise
 * show and widen a 100 % frame by 4 px).
 */
export function oembedHtml(input: SnippetInput): string {
  return `${embedIframe(input, ' frameborder="0"')}\n<script src="${attr(new URL(LOADER_PATH, input.site).href)}" async></script>`;
}

/** A source as oEmbed's provenance fields show it. */
export interface ProvenanceSource {
  title: string;
  url?: string;
}

/** What an oEmbed document says of a chart. */
export interface OembedInput extends SnippetInput {
  width: number;
  thumbnail: { path: string; width: number; height: number };
  /** Where the chart comes from, main source first. */
  sources: ProvenanceSource[];
  /** The chart's home page (article). */
  home: ChartHome;
  /** The chart's source line, as printed under it. */
  sourceLine: string;
  /** The chart's corrections, newest first, as its JSON export gives them. */
  corrections?: Record<string, unknown>[];
}

/** A chart's oEmbed document (type "rich"), with provenance fields beyond the standard ones. */
export function oembedDocument(o: OembedInput) {
  const abs = (p: string) => new URL(p, o.site).href;
  const main = o.sources[0];
  return {
    version: '1.0',
    type: 'rich',
    title: o.title,
    provider_name: SITE_NAME,
    provider_url: abs('/'),
    author_name: SITE_NAME,
    author_url: abs(o.home.path),
    html: oembedHtml(o),
    width: o.width,
    height: o.height,
    thumbnail_url: abs(o.thumbnail.path),
    thumbnail_width: o.thumbnail.width,
    thumbnail_height: o.thumbnail.height,
    cache_age: 86400,
    source_title: main?.title ?? o.sourceLine,
    ...(main?.url ? { source_url: main.url } : {}),
    source_line: o.sourceLine,
    sources: o.sources,
    corrections: o.corrections ?? [],
  };
}

/**
 * A first guess at a chart's height in a 400 px column, until `npm run embed-heights` has
 * measured it: the graphic, plus lines of copy at about 40 characters each.
 */
export function estimateSnippetHeight(graphicHeight: number, copy: { title: string; description: string; notes: string[]; source: string }): number {
  const chars = [copy.title, copy.description, ...copy.notes, copy.source].reduce((n, t) => n + t.length + 40, 0);
  const estimate = graphicHeight + 24 * Math.ceil(chars / 40) + 160;
  return Math.min(2000, Math.max(300, Math.round(estimate / 10) * 10));
}
