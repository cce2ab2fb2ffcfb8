/**
 * `npm run size`: prints, for every built page, the gzip bytes of its HTML, CSS and
 * JavaScript (loaded with the page / loaded when a chart comes into view), and exits
 * non-zero when a page is over budget (see BUDGET in size-budget.ts).
 *
 *   node src/cli/size.ts [folder=dist]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { argsOrExit } from './args.ts';
import { BUDGET, gzipBytes, measurePage } from './size-budget.ts';

const root = argsOrExit('node src/cli/size.ts [folder=dist]', {}).positionals[0] ?? 'dist';
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}/: run "npm run build" first.`);
  process.exit(1);
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

const read = (urlPath: string) => readFileSync(join(root, decodeURIComponent(urlPath)), 'utf8');
const kb = (n: number) => (n === 0 ? '0' : `${(n / 1024).toFixed(1)} KB`);
const results = htmlFiles(root)
  .map((file) => '/' + relative(root, file).split(sep).join('/'))
  .sort()
  .map((page) => measurePage(page, read(page), read));

const rows = [['page', 'chart', 'HTML', 'CSS', 'JS now', 'JS on view', ''], ...results.map((r) => [r.page, r.hasChart ? 'yes' : '', kb(r.html), kb(r.css), kb(r.jsNow), kb(r.jsOnView), r.problems.length ? 'OVER' : 'ok'])];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
process.stdout.write(`Size per page (gzip). Budgets: ${BUDGET.plainPageJs} B of JS without a chart; ${kb(BUDGET.chartPageJs)} of chart JS, at most ${kb(BUDGET.chartPageJsNow)} before a chart is visible.\n`);
for (const row of rows) process.stdout.write(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ') + '\n');

// The loader other sites include: small, whatever the pages do.
const loaderPath = '/embed/loader.js';
if (existsSync(join(root, loaderPath))) {
  const loader = gzipBytes(read(loaderPath));
  process.stdout.write(`${loaderPath}: ${loader} B gzip (budget ${BUDGET.loaderJs} B)\n`);
  if (loader > BUDGET.loaderJs) results.push({ page: loaderPath, hasChart: false, html: 0, css: 0, jsNow: loader, jsOnView: 0, problems: [`the embed loader is ${loader} B gzip, over ${BUDGET.loaderJs} B`] });
}
// Embed pages: the whole weight a host page's reader downloads for one chart.
for (const r of results.filter((r) => r.page.startsWith('/embed/'))) {
  process.stdout.write(`${r.page}: ${r.html + r.jsNow + r.jsOnView} B gzip in all (HTML with inlined CSS ${r.html} B, of which CSS ${r.css} B; JS ${r.jsNow + r.jsOnView} B)\n`);
}

const failures = results.filter((r) => r.problems.length);
if (failures.length) {
  for (const r of failures) for (const p of r.problems) console.error(`dist${r.page}: ${p}`);
  process.exit(1);
}
