/**
 * /robots.txt: every page may be crawled (pages not to index say `noindex` themselves, which a
 * crawler must be allowed to read), and the sitemap's address, from the site's address.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
