/** What `npm run bench -- --server` measures and how it reads the result. Pure. */

/** Load-test settings: bounded, on loopback only. */
export const LOAD = { connections: 50, seconds: 10 } as const;

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
export function formatLoad(f: LoadFigures, pages: string[], cores: number): string {
  return [
    `Local server under load: ${LOAD.connections} connections for ${LOAD.seconds} s on 127.0.0.1, ${cores} cores, gzip asked, cycling through:`,
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
