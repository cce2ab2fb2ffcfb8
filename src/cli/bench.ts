/**
 * `npm run bench -- --articles 10,100,1000`: how build cost grows with the number of articles.
 * For each size, copies the project (minus node_modules, dist, caches) into a temporary folder,
 * adds that many synthetic articles (src/cli/bench-content.ts), builds from a cold cache and
 * prints the build time (median of 3 runs up to 100 articles, 1 run above; `--runs` overrides),
 * the time per article and the dist/ bytes per article. The real content is never touched.
 *
 *   node src/cli/bench.ts --articles 10,100,1000 [--runs 3] [--keep (leave the copies for inspection)]
 *   node src/cli/bench.ts --server   (the local server under load instead: src/cli/bench-server.ts)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { benchArticle, benchArticleId, type BenchIds } from './bench-content.ts';
import { median } from './lighthouse-report.ts';
import { isComparisonFile } from '../content/data-files.ts';

const args = process.argv.slice(2);
if (args.includes('--server')) {
  const run = spawnSync(process.execPath, ['src/cli/bench-server.ts'], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = (option('articles') ?? '10,100').split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 0)) {
  process.stderr.write('bench: --articles takes whole numbers separated by commas, e.g. --articles 10,100,1000\n');
  process.exit(2);
}
const runsFor = (n: number) => Number(option('runs') ?? (n <= 100 ? 3 : 1));
const PROJECT = resolve('.');
/** Not copied: dependencies (linked instead), build output, caches, test output, git. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report']);
/** Caches inside node_modules that must stay per copy (Astro's content store, Vite's deps). */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

/** Ids the synthetic articles reference, read from the real content. */
function readIds(): BenchIds {
  const figures = readdirSync('content/data')
    .filter((f) => /\.ya?ml$/.test(f) && !isComparisonFile(f))
    .flatMap((f) => (parse(readFileSync(join('content/data', f), 'utf8')) as { values: { id: string }[] }).values.map((v) => v.id));
  const sources = readdirSync('content/sources').filter((f) => f.endsWith('.yaml')).map((f) => basename(f, '.yaml')).sort();
  const quotations = Object.keys(parse(readFileSync('content/quotations.yaml', 'utf8')) as Record<string, unknown>);
  const charts = existsSync('content/charts') ? readdirSync('content/charts').filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  return {
    figures,
    sources,
    quotation: quotations.find((q) => q.startsWith('q-')),
    chart: charts[0]?.replace(/\.ya?ml$/, ''),
  };
}

/** A copy of the project in a temporary folder, with node_modules linked entry by entry. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  cpSync(PROJECT, dir, { recursive: true, filter: (src) => !SKIP.has(relative(PROJECT, src).split('/')[0]!) });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!OWN_CACHES.has(entry)) symlinkSync(join(PROJECT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Total bytes of the files under a folder. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = join(dir, e.name);
    return sum + (e.isDirectory() ? folderBytes(p) : statSync(p).size);
  }, 0);
}

/** One cold build in `dir`: caches and output removed first. Returns seconds. */
function build(dir: string): number {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, cache), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`the build failed in ${dir}:\n${result.stderr || result.stdout}`);
  return seconds;
}

interface Row {
  articles: number;
  runs: number;
  seconds: number;
  distBytes: number;
}

const ids = readIds();
const realArticles = readdirSync('content/articles').filter((f) => f.endsWith('.mdx')).length;
const rows: Row[] = [];
const started = performance.now();
for (const n of [0, ...SIZES.filter((s) => s > 0)]) {
  const dir = copyProject();
  try {
    for (let i = 1; i <= n; i++) writeFileSync(join(dir, 'content/articles', `${benchArticleId(i)}.mdx`), benchArticle(i, ids));
    const runs = n === 0 ? 1 : runsFor(n);
    const times = Array.from({ length: runs }, () => build(dir));
    rows.push({ articles: n, runs, seconds: median(times), distBytes: folderBytes(join(dir, 'dist')) });
    process.stderr.write(`  ${n} synthetic articles: ${times.map((t) => t.toFixed(1)).join(' s, ')} s\n`);
  } finally {
    if (args.includes('--keep')) process.stderr.write(`  kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const base = rows[0]!;
const table = [
  ['articles', 'runs', 'build (median)', 'per article', 'marginal per article', 'dist/', 'dist/ per article'],
  ...rows.slice(1).map((r) => [
    String(r.articles),
    String(r.runs),
    `${r.seconds.toFixed(1)} s`,
    `${((r.seconds * 1000) / r.articles).toFixed(0)} ms`,
    `${(((r.seconds - base.seconds) * 1000) / r.articles).toFixed(0)} ms`,
    `${(r.distBytes / 1e6).toFixed(2)} MB`,
    `${((r.distBytes - base.distBytes) / r.articles / 1000).toFixed(1)} kB`,
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
process.stdout.write(
  [
    `Build cost by number of synthetic articles (each: 6 paragraphs, 6 figures${ids.quotation ? ', a quotation' : ''}, a note${ids.chart ? `, the chart "${ids.chart}"` : ''}),`,
    `on top of the ${realArticles} real article(s); cold builds (no Astro or Vite cache); ${availableParallelism()} cores.`,
    `Baseline without synthetic articles: ${base.seconds.toFixed(1)} s, ${(base.distBytes / 1e6).toFixed(2)} MB. "Marginal" subtracts the baseline.`,
    '',
    line(table[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...table.slice(1).map(line),
    '',
    `Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    '',
  ].join('\n'),
);
