// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { mdxTraps } from './src/integrations/mdx-traps.ts';
import { lastModifiedFromFiles } from './src/lib/sitemap-dates.ts';

/**
 * `site` is a placeholder domain: replace it with the real one before publishing.
 * Canonical URLs, the sitemap, the RSS feed and oEmbed documents are built from it.
 */
export const SITE = process.env.SITE_URL ?? 'https://dossier-numerique.example.org';

const lastModified = lastModifiedFromFiles('.');

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  // The search page answers a query, embeds and their preview are for iframes: none is a page to index.
  // Articles' `lastmod`: publication date, or latest correction when later (src/lib/sitemap-dates.ts).
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !['/recherche/', '/embed/', '/graphiques/apercu/'].some((p) => page.includes(p)),
      serialize: (item) => {
        const lastmod = lastModified.get(new URL(item.url).pathname);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ],
  build: {
    // Small pages: inline CSS saves a render-blocking request on a slow phone (LCP).
    inlineStylesheets: 'always',
    format: 'directory',
  },
  // Astro hashes every script and style it emits into a per-page <meta> CSP.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'"],
    },
  },
  // Shiki writes inline styles, which the CSP would block; articles carry no code anyway.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    // mdxTraps: explain `<!-- -->` and stray `{` in articles before the MDX compiler does.
    plugins: [mdxTraps(), tailwindcss()],
  },
});
