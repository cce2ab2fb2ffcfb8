/** Site-wide names and copy that are not part of an article. */
export const SITE_NAME = 'Dossier Numérique';
export const SITE_TAGLINE = 'Auvergne-Rhône-Alpes, 2016 : l’entretien de Laurent Wauquiez et ce qu’il engage';
export const PUBLISHER = 'Rédaction du Dossier Numérique';

/** `Titre — Dossier Numérique`, or the site name alone on the home page. */
export function pageTitle(title?: string): string {
  return title ? `${title} — ${SITE_NAME}` : `${SITE_NAME}\u202f: ${SITE_TAGLINE}`;
}

/**
 * The site's public address, set once before publishing: canonical URLs, Open Graph, the
 * RSS feed, the sitemap, oEmbed documents and the gallery's snippets are built from it.
 * `SITE_URL=https://… npm run build` overrides it for one build; `npm start` builds for its
 * own local address. While it is a placeholder, every build says so (see siteNotice).
 */
export const PRODUCTION_SITE = 'https://dossier-numerique.example.org';

/** The address a build uses: SITE_URL when set (checked), else PRODUCTION_SITE. */
export function resolveSite(fromEnv: string | undefined, production = PRODUCTION_SITE): string {
  const value = fromEnv?.trim() || production;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be the site's full address, such as https://www.example.fr/ (got "${value}").`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must start with https:// (got "${value}").`);
  return url.href;
}

/** Domains reserved for examples (RFC 2606): nobody can publish there. */
const isPlaceholder = (host: string) => /(^|\.)example\.(org|com|net)$/.test(host) || /\.(example|invalid|test)$/.test(host);
const isLocal = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/** The one line a build prints about its address, or undefined when it is a real one. */
export function siteNotice(site: string): string | undefined {
  const host = new URL(site).hostname;
  if (isPlaceholder(host))
    return `WARNING: this build's address is the placeholder ${site}: links, feeds, oEmbed and embed snippets will point nowhere. Set PRODUCTION_SITE in src/lib/site/site.ts (or SITE_URL) to the real address before publishing.`;
  if (isLocal(host)) return `Note: this build is for ${site} only (local preview): do not publish this dist/.`;
  return undefined;
}
