import { describe, expect, it } from 'vitest';
import { astroPhases, duration, scaleReadmeBody, textTable } from '../../src/cli/bench-profile.ts';

const log = [
  '06:49:33 [build] Collecting build info...',
  '06:49:33 [build] \u001b[32m✓ Completed in 10.77s.\u001b[39m',
  '06:49:43 [vite] ✓ built in 10.50s',
  '06:49:44 [vite] ✓ built in 546ms',
  '06:49:59 ✓ Completed in 14.75s.',
  '06:49:59 [build] ✓ Completed in 26.15s.',
  '06:49:59 [build] 23 page(s) built in 37.05s',
].join('\n');

describe('astroPhases', () => {
  it('reads setup, Vite bundles (summed), page rendering and the total from Astro’s log', () => {
    expect(astroPhases(log)).toEqual({ setup: 10770, bundle: 11046, render: 14750, astro: 37050 });
  });
  it('reads durations past a minute (`2m 5s`)', () => {
    expect(astroPhases('10:00:00 [build] 3 page(s) built in \u001b[1m2m 5s\u001b[22m').astro).toBe(125_000);
    expect(astroPhases('10:00:00 ✓ Completed in 1m 0s.').render).toBe(60_000);
  });
  it('leaves a phase the log does not report as NaN, never 0', () => {
    expect(Number.isNaN(astroPhases('nothing').render)).toBe(true);
  });
});

it('duration and textTable format the report', () => {
  expect(duration(840.4)).toBe('840 ms');
  expect(duration(12_345)).toBe('12.3 s');
  expect(textTable([['a', 'bb'], ['ccc', 'd']])).toBe('a    bb\n---  --\nccc   d');
});

it('scaleReadmeBody stamps the command, commit, date and load average, then the report as text', () => {
  const body = scaleReadmeBody('Build cost…\n\nadded  cold build\n', { command: 'npm run bench -- --articles 2', commit: 'abc1234', date: '2026-12-02', loadavg: [3.14, 2, 1] });
  expect(body.split('\n')).toEqual([
    'Measured by `npm run bench` on commit `abc1234`, 2026-12-02: `npm run bench -- --articles 2`, load average 3.1 / 2.0 / 1.0 (1 / 5 / 15 min) just before the run. The block holds the latest run only.',
    '',
    '```text',
    'Build cost…',
    '',
    'added  cold build',
    '```',
  ]);
});
