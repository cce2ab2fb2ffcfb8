/**
 * The addresses content may give: web addresses (`http:`, `https:`) and, where a page
 * links, paths on this site (`/articles/…`, `../x/`, `#section`). Anything else
 * (`javascript:`, `data:`, `file:`, `mailto:`, `//other.site`) is refused: it would ship
 * in pages, JSON-LD, oEmbed and exports as written. Pure.
 */

/** Browsers ignore tabs, newlines and control characters inside a scheme (`java\tscript:`). */
const strip = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '');

/** Is this a full web address, `http://…` or `https://…` with a host? */
export function isWebUrl(url: string): boolean {
  if (/[\u0000-\u0020\u007f]/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** Why a link or image address in an article is refused, or undefined when it is fine. */
export function urlProblem(url: string): string | undefined {
  const bare = strip(url);
  if (bare === '') return 'is an empty address: give https://… or a path on this site such as /articles/…';
  if (bare.startsWith('//') || bare.startsWith('\\\\')) return 'leaves out the scheme: write the full address, https://…';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined; // a path on this site or a #fragment
  if ((scheme === 'http' || scheme === 'https') && isWebUrl(url)) return undefined;
  if (scheme === 'http' || scheme === 'https') return 'is not a valid web address: write it as https://host/path';
  return `is not a web address (\`${scheme}:\`): links and images take https://… or http://… addresses, or paths on this site (/articles/…, #section)`;
}
