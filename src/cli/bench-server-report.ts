/** What `npm run bench -- --server` measures, how it reads the result and the README block it writes. Pure. */
import { readmeStamp } from './readme-block.ts';

/** Load-test settings: bounded, on loopback only (`--seconds` shortens or lengthens the run, up to MAX_SECONDS). */
export const LOAD = { connections: 50, seconds: 10 } as const;
export const MAX_SECONDS = 40;

/** The README.md block the result goes in (src/cli/readme-block.ts). */
export const README_BLOCK = 'bench-server';
export const WRITTEN_BY = 'npm run bench -- --server';

/** `--seconds`: a whole number from 1 to MAX_SECONDS, or a message saying what to give. */
export function parseSeconds(raw: string): number | string {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= MAX_SECONDS ? n : `bench: --seconds ${raw}: give a whole number of seconds from 1 to ${MAX_SECONDS}, e.g. --seconds 10`;
}

/** A few real pages: the home page and the first page of each section (interview, articles, analysis, an embed). */
export function pickPages(pages: string[]): string[] {
  const picked = pages.includes('/') ? ['/'] : [];
  for (const section of ['/entretien/', '/articles/', '/analyse/', '/embed/']) {
    const first = pages.find((p) => p.startsWith(section) && p !== section);
    if (first) picked.push(first);
  }
  return picked;
}

/** The figures we keep from an autocannon result. */
export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Problems that make the run fail: any error, timeout or non-2xx answer, or nothing served. */
export function loadProblems(f: LoadFigures): string[] {
  const problems: string[] = [];
  if (f.requests === 0) problems.push('no request was answered');
  if (f.errors) problems.push(`${f.errors} connection error(s)`);
  if (f.timeouts) problems.push(`${f.timeouts} timeout(s)`);
  if (f.non2xx) problems.push(`${f.non2xx} answer(s) other than 2xx`);
  return problems;
}

/** The report: one line per figure. */
export function formatLoad(f: LoadFigures, pages: string[], cores: number, seconds: number = LOAD.seconds): string {
  return [
    `Local server under load: ${LOAD.connections} connections for ${seconds} s on 127.0.0.1, ${cores} cores, gzip asked, cycling through:`,
    ...pages.map((p) => `  ${p}`),
    '',
    `requests        ${f.requests}`,
    `requests/s      ${f.requestsPerSecond.toFixed(0)} (mean)`,
    `latency p50     ${f.p50} ms`,
    `latency p99     ${f.p99} ms`,
    `errors          ${f.errors} (timeouts ${f.timeouts})`,
    `non-2xx         ${f.non2xx}`,
    '',
  ].join('\n');
}

/** What the README block records about the run besides the figures. */
export interface LoadRun {
  commit: string;
  date: string;
  seconds: number;
  cores: number;
  /** os.loadavg() read just before the run: 1, 5 and 15 minutes. */
  loadavg: number[];
  pages: string[];
}

/**
 * The body of README.md's bench-server block: the stamp (commit, date, settings, load average), then
 * one table row for this run. The block holds the latest run only; earlier runs stay in git history.
 */
export function serverReadmeBody(f: LoadFigures, run: LoadRun): string {
  const load = run.loadavg.map((l) => l.toFixed(1)).join(' / ');
  const details =
    `autocannon, ${LOAD.connections} connections for ${run.seconds} s on 127.0.0.1, gzip asked, cycling through ${run.pages.map((p) => `\`${p}\``).join(', ')}; ` +
    `${run.cores} cores, load average ${load} (1 / 5 / 15 min) just before the run. The block holds the latest run only`;
  return [
    readmeStamp({ script: WRITTEN_BY, commit: run.commit, date: run.date, details }),
    '',
    '| load average (1 min) | requests | requests/s | latency p50 | latency p99 | errors (incl. timeouts) | non-2xx |',
    '|---|---|---|---|---|---|---|',
    `| ${run.loadavg[0]!.toFixed(1)} | ${f.requests} | ${f.requestsPerSecond.toFixed(0)} | ${f.p50} ms | ${f.p99} ms | ${f.errors + f.timeouts} | ${f.non2xx} |`,
  ].join('\n');
}
