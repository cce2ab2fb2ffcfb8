/** Drafts show in `npm run dev` and never in a build. */
import { describe, expect, test } from 'vitest';
import { visibleArticles } from '../../src/lib/content/drafts.ts';

const article = (id: string, order: number, draft: boolean) => ({ id, data: { order, draft } });
const all = [article('b', 2, true), article('a', 1, false), article('c', 3, false)];

describe('visibleArticles()', () => {
  test('leaves drafts out of a build, in dossier order', () => {
    expect(visibleArticles(all, false).map((a) => a.id)).toEqual(['a', 'c']);
  });
  test('keeps drafts in dev', () => {
    expect(visibleArticles(all, true).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});
