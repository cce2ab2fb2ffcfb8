import { describe, expect, it } from 'vitest';
import { oncePerBuild } from '../../src/lib/build-cache.ts';

describe('oncePerBuild', () => {
  const counter = () => {
    let n = 0;
    return async () => ++n;
  };

  it('computes once in a build', async () => {
    const load = oncePerBuild(counter(), false);
    expect([await load(), await load()]).toEqual([1, 1]);
  });

  it('computes again on every call in dev, so edited content shows at once', async () => {
    const load = oncePerBuild(counter(), true);
    expect([await load(), await load()]).toEqual([1, 2]);
  });
});
