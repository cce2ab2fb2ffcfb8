/** The server load test's page choice and verdict (src/cli/bench-server-report.ts). */
import { describe, expect, it } from 'vitest';
import { formatLoad, loadProblems, parseSeconds, pickPages, serverReadmeBody, type LoadFigures } from '../../src/cli/bench-server-report.ts';

const ok: LoadFigures = { requests: 12000, requestsPerSecond: 1200, p50: 30, p99: 120, errors: 0, timeouts: 0, non2xx: 0 };

describe('pickPages', () => {
  it('takes the home page and the first page of each section', () => {
    const pages = ['/', '/404.html', '/analyse/x/', '/articles/', '/articles/a/', '/articles/b/', '/embed/c/', '/entretien/e/', '/guide/'];
    expect(pickPages(pages)).toEqual(['/', '/entretien/e/', '/articles/a/', '/analyse/x/', '/embed/c/']);
  });
});

describe('loadProblems', () => {
  it('passes a clean run and names each kind of failure', () => {
    expect(loadProblems(ok)).toEqual([]);
    expect(loadProblems({ ...ok, errors: 2, timeouts: 1, non2xx: 3 })).toEqual(['2 connection error(s)', '1 timeout(s)', '3 answer(s) other than 2xx']);
    expect(loadProblems({ ...ok, requests: 0 })).toEqual(['no request was answered']);
  });
});

describe('formatLoad', () => {
  it('prints requests/s, p50, p99, errors and non-2xx', () => {
    const text = formatLoad(ok, ['/'], 2);
    for (const line of [/requests\/s\s+1200/, /p50\s+30 ms/, /p99\s+120 ms/, /errors\s+0/, /non-2xx\s+0/]) expect(text).toMatch(line);
  });
});

describe('--seconds', () => {
  it('takes a whole number of seconds within bounds, and says what to give otherwise', () => {
    expect(parseSeconds('3')).toBe(3);
    for (const bad of ['0', '2.5', 'ten', '41']) expect(parseSeconds(bad)).toBe(`bench: --seconds ${bad}: give a whole number of seconds from 1 to 40, e.g. --seconds 10`);
  });
  it('is the duration the report prints', () => {
    expect(formatLoad(ok, ['/'], 2, 3)).toMatch(/50 connections for 3 s/);
  });
});

describe('serverReadmeBody', () => {
  it('stamps commit, date, settings and load average, then one row for the run', () => {
    const body = serverReadmeBody({ ...ok, timeouts: 1 }, { commit: 'abc1234', date: '2026-12-02', seconds: 3, cores: 2, loadavg: [14.04, 12.5, 9], pages: ['/', '/articles/a/'] });
    expect(body.split('\n')).toEqual([
      'Measured by `npm run bench -- --server` on commit `abc1234`, 2026-12-02: autocannon, 50 connections for 3 s on 127.0.0.1, gzip asked, cycling through `/`, `/articles/a/`; 2 cores, load average 14.0 / 12.5 / 9.0 (1 / 5 / 15 min) just before the run. The block holds the latest run only.',
      '',
      '| load average (1 min) | requests | requests/s | latency p50 | latency p99 | errors (incl. timeouts) | non-2xx |',
      '|---|---|---|---|---|---|---|',
      '| 14.0 | 12000 | 1200 | 30 ms | 120 ms | 1 | 0 |',
    ]);
  });
});
