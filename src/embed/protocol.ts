/**
 * The message an embedded chart sends its host page, and the rules the host-page loader
 * applies before acting on one (quality.md, "Embeds"). Pure, shared by both sides.
 */

/** Namespaced type of our resize message: `{ type, chart, height }`. */
export const RESIZE_TYPE = 'dossier-numerique:resize';

/** Heights the loader accepts, in CSS pixels; anything outside is ignored. */
// The bound only refuses absurd values: the promise tracker, a list, runs to about 11 000 px on a 320 px phone.
export const HEIGHT_BOUNDS = { min: 50, max: 15000 } as const;

/** Our resize message, as the embed page posts it. */
export interface ResizeMessage {
  type: typeof RESIZE_TYPE;
  /** The chart id, as in `/embed/<id>/`. */
  chart: string;
  /** Height of the embed's content, in CSS pixels. */
  height: number;
}

/** The message an embed page posts for a content height. */
export function resizeMessage(chart: string, height: number): ResizeMessage {
  return { type: RESIZE_TYPE, chart, height: Math.ceil(height) };
}

/**
 * The height a message asks for, when it is our type, names `chart` and carries a finite
 * number within bounds; otherwise undefined. Never trusts anything else in the message.
 */
export function acceptedHeight(data: unknown, chart: string): number | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const m = data as Record<string, unknown>;
  if (m.type !== RESIZE_TYPE || m.chart !== chart) return undefined;
  const h = m.height;
  if (typeof h !== 'number' || !Number.isFinite(h) || h < HEIGHT_BOUNDS.min || h > HEIGHT_BOUNDS.max) return undefined;
  return Math.ceil(h);
}

/**
 * The origin messages from an iframe's document must carry: its `src`'s origin, or
 * "null" when the iframe is sandboxed without `allow-same-origin` (the browser then gives
 * the document an opaque origin, whatever its URL). Derived from the iframe element only,
 * never from a message. Undefined when the src is not an http(s) URL.
 */
export function expectedOrigin(src: string, base: string, sandbox: string | null): string | undefined {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (sandbox !== null && !sandbox.split(/\s+/).includes('allow-same-origin')) return 'null';
  return url.origin;
}

/** The chart id an iframe shows: its `data-dossier-chart`, else the `<id>` of an `/embed/<id>/` src. */
export function iframeChart(dataAttribute: string | undefined, src: string, base: string): string | undefined {
  if (dataAttribute) return dataAttribute;
  try {
    return /\/embed\/([^/]+)\/?$/.exec(new URL(src, base).pathname)?.[1];
  } catch {
    return undefined;
  }
}

/*
 * WordPress's embed protocol (wp-includes/js/wp-embed.js on the host, wp-embed-template.js
 * in its own embeds). For a provider it does not trust, WordPress keeps only the iframe,
 * sandboxes it (`allow-scripts`), appends `#?secret=<letters and digits>` to its src and
 * copies the secret to `data-secret`. Its host script then sets the iframe's `height` from
 * `{ message: 'height', value, secret }` posted by that iframe's window (clamped to
 * 200–1000 px), and re-asks with `{ message: 'ready', secret }` once it has loaded.
 */

/** The secret WordPress put in an embed's URL fragment (`#?secret=abc123`), if any. */
export function wordpressSecret(hash: string): string | undefined {
  // WordPress's host script ignores any secret that is not plain letters and digits.
  return /^#\??(?:.*&)?secret=([A-Za-z0-9]+)(?:&|$)/.exec(hash)?.[1];
}
