/** The Range header planner of the local server (src/server/range.ts). */
import { describe, expect, it } from 'vitest';
import { planRange } from '../../src/server/range.ts';

describe('planRange over a 20-byte file', () => {
  it.each([
    ['bytes=0-0', { kind: 'partial', start: 0, end: 0 }],
    ['bytes=3-7', { kind: 'partial', start: 3, end: 7 }],
    ['bytes=5-', { kind: 'partial', start: 5, end: 19 }],
    ['bytes=-5', { kind: 'partial', start: 15, end: 19 }],
    ['bytes=-50', { kind: 'partial', start: 0, end: 19 }],
    ['bytes=18-99', { kind: 'partial', start: 18, end: 19 }],
    ['BYTES = 1 - 2', { kind: 'partial', start: 1, end: 2 }],
  ])('%s → %j', (header, plan) => expect(planRange(header, 20)).toEqual(plan));

  it.each(['bytes=20-', 'bytes=25-30', 'bytes=-0'])('%s is unsatisfiable', (header) => {
    expect(planRange(header, 20)).toEqual({ kind: 'unsatisfiable' });
  });

  it.each([undefined, 'bytes=10-5', 'bytes=abc', 'bytes=-', 'bytes=', 'items=0-3', 'bytes=0-1,3-4', 'bytes=99999999999999999999-', 'bytes=1.5-3'])(
    '%s is ignored (whole file)',
    (header) => expect(planRange(header, 20)).toEqual({ kind: 'whole' }),
  );

  it('an empty file has no satisfiable range', () => {
    expect(planRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(planRange('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});
