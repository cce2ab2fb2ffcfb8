/** The server load test's page choice and verdict (src/cli/bench-server-report.ts). */
import { describe, expect, it } from 'vitest';
import { formatLoad, loadProblems, pickPages, type LoadFigures } from '../../src/cli/bench-server-report.ts';

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
