/**
 * `npm test`: every check, in order, stopping at the first failure, then how long each
 * step and the whole run took (a slow machine shows where the time goes).
 * Each step is an npm script, so it can also be run alone; `npm test -- size links` runs
 * only the steps named.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { argsOrExit } from './args.ts';

export const STEPS = ['check', 'layers', 'build', 'validate', 'size', 'links', 'test:unit', 'test:e2e'];

const duration = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
};

const started = performance.now();
const times: [string, number][] = [];
let failed: string | undefined;
const asked = argsOrExit('npm test [-- step…]', {}).positionals;
const unknown = asked.filter((s) => !STEPS.includes(s));
if (unknown.length) {
  process.stderr.write(`npm test: unknown step(s) ${unknown.join(', ')}; the steps are ${STEPS.join(', ')}.\n`);
  process.exit(2);
}
const steps = asked.length ? STEPS.filter((s) => asked.includes(s)) : STEPS;
for (const step of steps) {
  const t = performance.now();
  const run = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
  times.push([step, performance.now() - t]);
  if (run.status !== 0) {
    failed = step;
    break;
  }
}
const total = performance.now() - started;
const width = Math.max(...steps.map((s) => s.length));
process.stdout.write(
  [
    '',
    'npm test, time per step:',
    ...times.map(([step, ms]) => `  ${step.padEnd(width)}  ${duration(ms).padStart(10)}`),
    failed
      ? `npm test FAILED at "${failed}" after ${duration(total)} (run "npm run ${failed}" alone to see it again).`
      : `npm test passed in ${duration(total)}.`,
    '',
  ].join('\n'),
);
process.exit(failed ? 1 : 0);
