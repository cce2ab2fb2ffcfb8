/**
 * `npm run bench -- --articles 20,200`: how build cost and output grow with the number of articles.
 * For each size, copies the project (minus node_modules, dist, caches) into a temporary folder and
 * adds that many copies of a REAL article (default: the fibre article, with figures, quotations
 * and a chart; `--synthetic` uses generated ones instead). Then, per size:
 *   1. a cold build (no Astro, Vite or image cache), profiled phase by phase, as `npm run build`
 *      runs them: content checks, Astro (setup, Vite bundle, page rendering), CSS pruning and page
 *      rewrites, Pagefind, the swap;
 *   2. one copy's title edited, rebuilt with the image cache (src/lib/site/png-cache.ts) kept;
 *   3. the same rebuild with DOSSIER_IMAGE_CACHE=0 (every image rendered again).
 * Prints marginal build ms and dist/ bytes per article (the size without copies subtracted).
 * The real content is never touched. Writes the report, with the commit and date, into README.md's
 * bench-scale block (--no-readme to skip).
 *
 *   node src/cli/bench.ts [--articles 20,200] [--article <id>] [--synthetic] [--keep] [--no-readme]
 *   node src/cli/bench.ts --server [--seconds 10] [--no-readme]   (the local server under load instead: src/cli/bench-server.ts)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { benchArticle, benchArticleId, copyArticle, copyArticleId, type BenchIds } from './bench-content.ts';
import { astroPhases, duration, README_BLOCK, scaleReadmeBody, textTable, WRITTEN_BY, type Phases } from './bench-profile.ts';
import { commitMeasured, today, writeReadmeBlock } from './readme-block.ts';
import { isComparisonFile } from '../content/data-files.ts';
import { astroBuild } from './astro-build.ts';
import { checkContentForBuild } from './content-handoff.ts';
import { finishSite } from './finish-site.ts';

const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '20,200' },
    article: { type: 'string', default: 'fibre-promesse-chantiers-2016-2022' },
    synthetic: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    server: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    readme: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
if (opts.server) {
  const args = [...(opts.seconds ? ['--seconds', opts.seconds] : []), ...(opts.readme ? [] : ['--no-readme'])];
  const run = spawnSync(process.execPath, ['src/cli/bench-server.ts', ...args], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
if (opts.seconds) {
  process.stderr.write('bench: --seconds is for the server load test (--server); the scale benchmark runs each build to the end\n');
  process.exit(2);
}
const SIZES = opts.articles.split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n <= 0)) {
  process.stderr.write('bench: --articles takes positive whole numbers separated by commas, e.g. --articles 20,200,1000\n');
  process.exit(2);
}
const REAL = join('content/articles', `${opts.article}.mdx`);
if (!opts.synthetic && !existsSync(REAL)) {
  process.stderr.write(`bench: --article ${opts.article}: no file ${REAL}; give the id of an article in content/articles/\n`);
  process.exit(2);
}
const PROJECT = resolve('.');
/** Not copied: dependencies (linked instead), build output, caches, test output, git. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', '.dist-building', '.dist-previous']);
/** Caches inside node_modules that must stay per copy (Astro's content store, Vite's deps, our images). */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

/** Ids the synthetic articles reference, read from the real content. */
function readIds(): BenchIds {
  const figures = readdirSync('content/data')
    .filter((f) => /\.ya?ml$/.test(f) && !isComparisonFile(f))
    .flatMap((f) => (parse(readFileSync(join('content/data', f), 'utf8')) as { values: { id: string }[] }).values.map((v) => v.id));
  const sources = readdirSync('content/sources').filter((f) => f.endsWith('.yaml')).map((f) => basename(f, '.yaml')).sort();
  const quotations = Object.keys(parse(readFileSync('content/quotations.yaml', 'utf8')) as Record<string, unknown>);
  const charts = existsSync('content/charts') ? readdirSync('content/charts').filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  return { figures, sources, quotation: quotations.find((q) => q.startsWith('q-')), chart: charts[0]?.replace(/\.ya?ml$/, '') };
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

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Social cards drawn beside Astro (src/cli/astro-build.ts), of all the build has. */
interface CardsAhead {
  ahead: number;
  all: number;
}

/** One build in `dir` phase by phase, as src/cli/build.ts runs them; `cold` removes every cache first. */
async function build(dir: string, { cold, imageCache = true }: { cold: boolean; imageCache?: boolean }): Promise<{ ms: number; phases: Phases; cards: CardsAhead }> {
  const caches = cold ? ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'] : [];
  for (const cache of ['dist', '.dist-building', ...caches]) rmSync(join(dir, cache), { recursive: true, force: true });
  const started = performance.now();
  const content = checkContentForBuild(dir);
  const checks = performance.now() - started;
  if (content.problems.length) throw new Error(`the content of ${dir} has ${content.problems.length} problem(s), first: ${JSON.stringify(content.problems[0])}`);
  const { DEV: _dev, PROD: _prod, ...inherited } = process.env;
  const env = { ...inherited, ...content.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', DOSSIER_IMAGE_CACHE: imageCache ? '1' : '0' };
  const astro = await astroBuild({ cwd: dir, env, args: ['--outDir', '.dist-building'], cards: content.cards, capture: true });
  if (astro.status !== 0) throw new Error(`the build failed in ${dir}:\n${astro.log}`);
  const { ms: finished } = await finishSite(join(dir, '.dist-building'), { pagefind: join(PROJECT, 'node_modules/.bin/pagefind') });
  const swap = timed(() => renameSync(join(dir, '.dist-building'), join(dir, 'dist')));
  const phases = { checks, ...astroPhases(astro.log), finish: finished.both, prune: finished.prune, pagefind: finished.pagefind, swap };
  return { ms: performance.now() - started, phases, cards: { ahead: astro.cardsAhead, all: content.cards.length } };
}

interface Row {
  articles: number;
  cold: { ms: number; phases: Phases; cards: CardsAhead };
  distBytes: number;
  edit?: { cached: number; uncached: number };
}

const ids = readIds();
const real = opts.synthetic ? undefined : readFileSync(REAL, 'utf8');
const addArticles = (dir: string, n: number) => {
  for (let i = 1; i <= n; i++) {
    if (real) writeFileSync(join(dir, 'content/articles', `${copyArticleId(i, opts.article)}.mdx`), copyArticle(i, real, REAL));
    else writeFileSync(join(dir, 'content/articles', `${benchArticleId(i)}.mdx`), benchArticle(i, ids));
  }
};
const rows: Row[] = [];
// Read before the run: the builds themselves raise the load average.
const loadBefore = loadavg();
const started = performance.now();
for (const n of [0, ...SIZES]) {
  const dir = copyProject();
  try {
    addArticles(dir, n);
    const cold = await build(dir, { cold: true });
    const row: Row = { articles: n, cold, distBytes: folderBytes(join(dir, 'dist')) };
    process.stderr.write(`  ${n} added: cold build ${duration(cold.ms)}, dist/ ${row.distBytes} B, phases ${JSON.stringify(cold.phases)}\n`);
    if (n > 0) {
      // One edit: the last copy's title (its page, its social card, the home page change).
      const file = join(dir, 'content/articles', `${real ? copyArticleId(n, opts.article) : benchArticleId(n)}.mdx`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1 (modifié)"'));
      const cached = (await build(dir, { cold: false })).ms;
      const uncached = (await build(dir, { cold: false, imageCache: false })).ms;
      row.edit = { cached, uncached };
      process.stderr.write(`  ${n} added: rebuild after one edit ${duration(cached)} (image cache), ${duration(uncached)} (none)\n`);
    }
    rows.push(row);
  } finally {
    if (opts.keep) process.stderr.write(`  kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const base = rows[0]!;
const marginal = (r: Row, ms: number, baseMs: number) => `${((ms - baseMs) / r.articles).toFixed(0)} ms`;
const what = real ? `copies of the real article "${opts.article}"` : `synthetic articles (${ids.figures.length ? 'figures, ' : ''}a quotation, a note, a chart)`;
const PHASES: [keyof Phases, string][] = [
  ['checks', 'content checks'],
  ['setup', 'Astro setup + content sync'],
  ['bundle', 'Vite bundle'],
  ['render', 'render pages, SVGs, PNGs'],
  ['finish', 'prune CSS and rewrite pages, beside Pagefind'],
  ['prune', '  of which: pruning and rewrites'],
  ['pagefind', '  of which: Pagefind, until it exits'],
  ['swap', 'swap'],
];
const report = [
  `Build cost by number of added ${what}, on top of the ${readdirSync('content/articles').filter((f) => f.endsWith('.mdx')).length} real articles; ${availableParallelism()} cores.`,
  `Without added articles: cold build ${duration(base.cold.ms)}, dist/ ${(base.distBytes / 1e6).toFixed(2)} MB. "Marginal" subtracts it.`,
  '',
  textTable([
    ['added', 'cold build', 'marginal / article', 'dist/', 'dist/ marginal / article', 'rebuild after 1 edit (image cache)', '(no image cache)'],
    ...rows.slice(1).map((r) => [
      String(r.articles),
      duration(r.cold.ms),
      marginal(r, r.cold.ms, base.cold.ms),
      `${(r.distBytes / 1e6).toFixed(2)} MB`,
      `${((r.distBytes - base.distBytes) / r.articles / 1000).toFixed(1)} kB`,
      duration(r.edit!.cached),
      duration(r.edit!.uncached),
    ]),
  ]),
  '',
  'Where a cold build goes (ms; marginal per article in brackets):',
  textTable([
    ['phase', ...rows.map((r) => `${r.articles} added`)],
    ...PHASES.map(([k, label]) => [label, ...rows.map((r) => `${duration(r.cold.phases[k])}${r.articles ? ` (${((r.cold.phases[k] - base.cold.phases[k]) / r.articles).toFixed(1)})` : ''}`)]),
  ]),
  '',
  `Social cards drawn beside Astro (src/cli/astro-build.ts), the others by Astro's render: ${rows.map((r) => `${r.cold.cards.ahead} of ${r.cold.cards.all} at ${r.articles} added`).join(', ')}.`,
  '',
  `Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  '',
].join('\n');
process.stdout.write(report);
if (opts.readme) {
  const which = opts.synthetic ? ' --synthetic' : opts.article === 'fibre-promesse-chantiers-2016-2022' ? '' : ` --article ${opts.article}`;
  const command = `npm run bench -- --articles ${SIZES.join(',')}${which}`;
  writeReadmeBlock(README_BLOCK, scaleReadmeBody(report, { command, commit: commitMeasured(), date: today(), loadavg: loadBefore }), WRITTEN_BY);
}
