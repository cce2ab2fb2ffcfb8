/**
 * Fails when a built page links to a page, file or `#fragment` that is not in the build.
 *
 *   node src/cli/check-links.ts [folder=dist] [--site https://example.org]
 *
 * Absolute links to the site's own origin (canonical, og:image) count as internal; the origin
 * is read from the home page's canonical link unless --site is given.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { argsOrExit } from './args.ts';
import { checkLinks, originOf, readBuiltSite } from '../lib/site/link-check.ts';

const { values, positionals } = argsOrExit('node src/cli/check-links.ts [folder=dist] [--site https://example.org]', { site: { type: 'string' } });
const dir = resolve(positionals[0] ?? 'dist');
if (!existsSync(dir)) {
  console.error(`No folder ${dir}: run "npm run build" first.`);
  process.exit(2);
}
const started = performance.now();
const site = readBuiltSite(dir);
const origin = values.site !== undefined ? new URL(values.site).origin : originOf(site);
if (!origin) {
  console.error(`Cannot tell the site's origin: ${dir}/index.html has no canonical link. Pass --site https://…`);
  process.exit(2);
}
const problems = checkLinks(site, origin);
const ms = Math.round(performance.now() - started);
if (problems.length) {
  console.error(`${problems.length} broken link(s) in ${dir}:`);
  for (const p of problems) console.error(`  ${p.page} → ${p.link}: ${p.reason}`);
  process.exit(1);
}
console.log(`Links: ${site.pages.size} pages, ${site.files.size} files checked, 0 broken (${ms} ms).`);
