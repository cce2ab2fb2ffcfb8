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
import { checkLinks, originOf, readBuiltSite } from '../lib/link-check.ts';

const args = process.argv.slice(2);
const siteFlag = args.indexOf('--site');
const dir = resolve(args.find((a, i) => !a.startsWith('--') && i !== siteFlag + 1) ?? 'dist');
if (!existsSync(dir)) {
  console.error(`No folder ${dir}: run "npm run build" first.`);
  process.exit(2);
}
const started = performance.now();
const site = readBuiltSite(dir);
const origin = siteFlag >= 0 ? new URL(args[siteFlag + 1] ?? '').origin : originOf(site);
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
