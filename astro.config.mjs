// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { mdxTraps } from './src/integrations/mdx-traps.ts';
import { notIndexedReason } from './src/lib/site/routes.ts';
import { lastModifiedFromFiles } from './src/lib/site/sitemap-dates.ts';
import { resolveSite, siteNotice } from './src/lib/site/site.ts';

/**
 * The site's address: PRODUCTION_SITE in src/lib/site/site.ts, or SITE_URL for one build
 * (`npm start` passes `--site` for its local address). Canonical URLs, the sitemap, the RSS
 * feed, oEmbed documents and the gallery's snippets are built from it.
 */
export const SITE = resolveSite(process.env.SITE_URL);

/** Says, in one line at build time, when the address is a placeholder or a local one. */
function siteAddressNotice() {
  /** @type {string | undefined} */
  let site;
  return {
    name: 'site-address',
    hooks: {
      /** @param {{ config: { site?: string } }} options */
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      /** @param {{ logger: { warn: (m: string) => void } }} options */
      'astro:build:done': ({ logger }) => {
        const notice = site ? siteNotice(site) : undefined;
        if (notice) logger.warn(notice);
      },
    },
  };
}

const lastModified = lastModifiedFromFiles('.');

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  // Pages not to index (each also says noindex) are listed with their reason in src/lib/site/routes.ts.
  // Articles' `lastmod`: publication date, or latest correction when later (src/lib/site/sitemap-dates.ts).
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => notIndexedReason(new URL(page).pathname) === undefined,
      serialize: (item) => {
        const lastmod = lastModified.get(new URL(item.url).pathname);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    siteAddressNotice(),
  ],
  build: {
    // Small pages: inline CSS saves a render-blocking request on a slow phone (LCP).
    inlineStylesheets: 'always',
    format: 'directory',
    // Four pages at a time: PNGs (social cards, chart exports) rasterize off the main thread
    // (src/lib/site/social-card.ts), so the second core draws while pages render (measured at
    // 200 added articles: rendering 14.0 s at 1, 10.9 s at 2, 10.0 s at 4).
    concurrency: 4,
  },
  // Astro hashes every script and style it emits into a per-page <meta> CSP.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'"],
    },
  },
  markdown: {
    // Shiki writes inline styles, which the CSP would block; articles carry no code anyway.
    syntaxHighlight: false,
    // Astro 7's Markdown processor (Sätteri, also used for MDX) labels footnotes in English by default
    // (« Footnotes », « Back to reference 1 »): readers see French. These are its GFM footnote options,
    // the counterparts of remark-rehype's footnoteLabel / footnoteBackLabel.
    processor: satteri({
      features: {
        gfm: {
          footnotes: {
            label: 'Notes',
            backContent: '↩',
            backLabel: (n, k) => `Revenir à l’appel de note ${n}${k > 1 ? ` (${k}e renvoi)` : ''}`,
          },
        },
      },
    }),
  },
  devToolbar: { enabled: false },
  vite: {
    // No preload helper around dynamic imports: a chart loader then imports nothing up front (one
    // request, made at low priority), and an enhancer's few chunks load when its chart is in view.
    build: { modulePreload: false },
    // mdxTraps: explain `<!-- -->` and stray `{` in articles before the MDX compiler does.
    plugins: [mdxTraps(), tailwindcss()],
  },
});
