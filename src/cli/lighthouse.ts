/**
 * `npm run lighthouse`: serves dist/ with its headers, runs Lighthouse (mobile emulation, simulated
 * throttling: its defaults) on the system Chromium over every page and one embed, 3 runs each, prints
 * the medians and exits non-zero naming each page that misses a deterministic audit (accessibility,
 * best practices, SEO). Timings (performance score, LCP, TBT) are reported, fatal only with --strict.
 * Beside our pages it measures a hand-written reference page (tests/fixtures/perf-reference/: 800
 * words and one SVG bar chart, served by the same server program on port+1, never copied into dist/)
 * and prints each page's LCP as a ratio to it: a ratio within one run holds on a shared machine.
 * Writes that table, with the commit measured, into README.md between its lighthouse-table markers
 * (--no-readme to skip).
 *
 *   node src/cli/lighthouse.ts [--runs 3] [--port 4399] [--page /entretien/…/ …] [--strict] [--no-readme]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumOrExit } from './browser.ts';
import { distPages, pagesWithOneEmbed } from './dist-pages.ts';
import { formatTable, summarizePage, type LighthouseResult, type PageSummary } from './lighthouse-report.ts';
import { lcpRatio, ratioTable, README_BLOCK, readmeBlock, WRITTEN_BY, type Measured } from './lighthouse-readme.ts';
import { commitMeasured, today, writeReadmeBlock } from './readme-block.ts';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4399' },
    page: { type: 'string', multiple: true },
    strict: { type: 'boolean', default: false },
    readme: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const RUNS = Number(opts.runs);
const PORT = Number(opts.port);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** The hand-written page, on its own instance of the same server one port up. */
const REFERENCE_DIR = 'tests/fixtures/perf-reference';
const REFERENCE_ORIGIN = `http://127.0.0.1:${PORT + 1}`;

/** Starts src/cli/serve.ts on a folder and resolves once it answers. */
async function startServer(root: string, port: number): Promise<ChildProcess> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['src/cli/serve.ts', root, '--port', String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the static server exited (code ${child.exitCode}); is port ${port} free?`);
    try {
      if ((await fetch(`${origin}/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the static server did not answer on ${origin} within 10 s`);
}

/** Gzip bytes of a page's HTML file (the first load: CSS is inlined). */
function gzipBytes(root: string, path: string): number {
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : Number.NaN;
}

async function main(): Promise<number> {
  if (!existsSync('dist/index.html')) {
    process.stderr.write('Nothing to measure: run "npm run build" first.\n');
    return 2;
  }
  const pages = opts.page?.length ? opts.page : pagesWithOneEmbed(distPages('dist'));
  const chromePath = chromiumOrExit(); // before the servers start: nothing to clean up
  const started = performance.now();
  const server = await startServer('dist', PORT);
  const referenceServer = await startServer(REFERENCE_DIR, PORT + 1).catch((error: unknown) => {
    server.kill();
    throw error;
  });
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent' });
  const summaries: PageSummary[] = [];
  let reference: PageSummary | undefined;
  const measure = async (origin: string, path: string): Promise<LighthouseResult[]> => {
    const runs: LighthouseResult[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      runs.push(result.lhr as unknown as LighthouseResult);
    }
    process.stderr.write(`  measured ${origin === REFERENCE_ORIGIN ? 'the reference page' : path} (${RUNS} runs)\n`);
    return runs;
  };
  try {
    // Reference runs interleaved with ours would be fairer still; first and last bracket the run.
    const refRuns = await measure(REFERENCE_ORIGIN, '/');
    for (const path of pages) summaries.push(summarizePage(path, await measure(ORIGIN, path)));
    refRuns.push(...(await measure(REFERENCE_ORIGIN, '/')));
    reference = summarizePage('(reference)', refRuns, {});
  } finally {
    chrome.kill();
    server.kill();
    referenceServer.kill();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`Lighthouse 12.2.3, mobile emulation, simulated throttling; medians of ${RUNS} runs per page.\n\n`);
  process.stdout.write(formatTable(summaries) + '\n\n');
  const measured: Measured[] = summaries.map((summary) => ({ summary, gzipBytes: gzipBytes('dist', summary.path) }));
  const ref: Measured = { summary: reference!, gzipBytes: gzipBytes(REFERENCE_DIR, '/') };
  process.stdout.write(`Reference page (${REFERENCE_DIR}, same server): LCP ${Math.round(ref.summary.lcpMs)} ms, ${ref.gzipBytes} B gzip.\n`);
  for (const m of measured) process.stdout.write(`  ${m.summary.path}: LCP ${lcpRatio(m.summary, ref.summary)} the reference, ${m.gzipBytes} B gzip\n`);
  process.stdout.write('\n');
  if (opts.readme) {
    writeReadmeBlock(README_BLOCK, readmeBlock(ratioTable(ref, measured), { commit: commitMeasured(), date: today(), runs: RUNS }), WRITTEN_BY);
  }
  for (const s of summaries) for (const a of s.accepted) process.stdout.write(`~ ${s.path}: ${a}\n`);
  for (const s of summaries) for (const t of s.timings) process.stdout.write(`~ ${s.path}: timing, reported only: ${t}\n`);
  const failing = summaries.filter((s) => s.misses.length);
  for (const s of failing) process.stdout.write(`✗ ${s.path}\n${s.misses.map((m) => `    ${m}`).join('\n')}\n`);
  // Only deterministic audits gate the run (accessibility, best practices, SEO). Timings (the
  // performance score, TBT, LCP) move with machine load, so they are reported, and fail only
  // with --strict, for a quiet machine.
  const strict = opts.strict;
  const fatal = summaries.filter((s) => s.misses.length || (strict && s.timings.length));
  process.stdout.write(
    `${fatal.length ? `${fatal.length} of ${summaries.length} pages fail` : `All ${summaries.length} pages pass the deterministic audits (accessibility, best practices, SEO at 100)`} — ${seconds.toFixed(0)} s.\n`,
  );
  return fatal.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`lighthouse: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
