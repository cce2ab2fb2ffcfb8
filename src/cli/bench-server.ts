/**
 * `npm run bench -- --server`: a bounded load test of the local server (src/cli/serve.ts)
 * on loopback: 50 connections for 10 s (--seconds N) over a few real pages of dist/, with autocannon.
 * Prints requests/s, latency p50/p99, errors and non-2xx answers, and writes them with the commit,
 * date and load average into README.md's bench-server block (--no-readme to skip); exits 1 if any
 * request failed or the server died. Stops by itself (a guard kills everything after the run + 50 s).
 *
 *   node src/cli/bench-server.ts [--seconds 10] [--no-readme]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { distPages } from './dist-pages.ts';
import { formatLoad, LOAD, loadProblems, parseSeconds, pickPages, README_BLOCK, serverReadmeBody, WRITTEN_BY, type LoadFigures } from './bench-server-report.ts';
import { commitMeasured, today, writeReadmeBlock } from './readme-block.ts';

const { values: opts } = parseArgs({
  options: {
    seconds: { type: 'string', default: String(LOAD.seconds) },
    readme: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const seconds = parseSeconds(opts.seconds);
if (typeof seconds === 'string') {
  process.stderr.write(`${seconds}\n`);
  process.exit(2);
}

if (!existsSync('dist/index.html')) {
  process.stderr.write('Nothing to load-test: run "npm run build" first.\n');
  process.exit(2);
}
const pages = pickPages(distPages('dist'));

// Port 0: the server picks a free port and prints its address.
const server = spawn(process.execPath, ['src/cli/serve.ts', 'dist', '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
const guardSeconds = seconds + 50;
const guard = setTimeout(() => {
  process.stderr.write(`bench: the load test did not finish within ${guardSeconds} s; stopped.\n`);
  server.kill();
  process.exit(1);
}, guardSeconds * 1000);
let serverExit: number | null | undefined;
server.on('exit', (code) => (serverExit = code));

const origin = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (d) => {
    out += d;
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0];
    if (url) resolve(url);
  });
  server.on('exit', () => reject(new Error(`the server exited before answering:\n${out}`)));
});

// Read before the run: during it, the load test itself raises the load average.
const loadBefore = loadavg();
const result = await autocannon({
  url: origin,
  connections: LOAD.connections,
  duration: seconds,
  headers: { 'accept-encoding': 'gzip' },
  requests: pages.map((path) => ({ method: 'GET', path })),
});
const alive = serverExit === undefined;
server.kill();
clearTimeout(guard);

const figures: LoadFigures = {
  requests: result.requests.total,
  requestsPerSecond: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
};
const cores = availableParallelism();
process.stdout.write(formatLoad(figures, pages, cores, seconds));
process.stdout.write(`load average before the run: ${loadBefore.map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)\n`);
if (opts.readme && alive) {
  writeReadmeBlock(README_BLOCK, serverReadmeBody(figures, { commit: commitMeasured(), date: today(), seconds, cores, loadavg: loadBefore, pages }), WRITTEN_BY);
}
const problems = [...loadProblems(figures), ...(alive ? [] : ['the server died during the run'])];
if (problems.length) {
  process.stderr.write(`bench: the server did not hold: ${problems.join('; ')}.\n`);
  process.exit(1);
}
