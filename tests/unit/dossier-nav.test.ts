import { describe, expect, test } from 'vitest';
import { FOOTER_LATEST, latestArticles, neighbours, relatedArticles } from '../../src/lib/site/dossier-nav.ts';

const entry = (id: string, order: number, related: string[] = []) => ({ id, data: { order, related } });
const articles = [entry('c', 4), entry('a', 1, ['c', 'absent', 'a']), entry('b', 3)];

describe('neighbours(articles, id)', () => {
  test('follows `order`, not the array order', () => {
    expect(neighbours(articles, 'b')).toEqual({ previous: articles[1], next: articles[0] });
  });
  test('has no previous for the first and no next for the last', () => {
    expect(neighbours(articles, 'a').previous).toBeUndefined();
    expect(neighbours(articles, 'c').next).toBeUndefined();
  });
  test('is empty for an unknown id', () => {
    expect(neighbours(articles, 'zzz')).toEqual({});
  });
});

test('relatedArticles(articles, article) keeps frontmatter order and drops unknown ids and the article itself', () => {
  expect(relatedArticles(articles, articles[1]!).map((a) => a.id)).toEqual(['c']);
});

describe('latestArticles(articles, n)', () => {
  const dated = (id: string, order: number, day: string) => ({ id, data: { order, related: [], date: new Date(day) } });
  test('newest first, ties by dossier order, at most n', () => {
    const list = [dated('old', 1, '2026-01-01'), dated('b', 3, '2026-03-01'), dated('a', 2, '2026-03-01'), dated('mid', 4, '2026-02-01')];
    expect(latestArticles(list, 3).map((a) => a.id)).toEqual(['a', 'b', 'mid']);
  });
  test('stays bounded however large the archive', () => {
    const many = Array.from({ length: 1000 }, (_, i) => dated(`x${i}`, i, '2026-01-01'));
    expect(latestArticles(many)).toHaveLength(FOOTER_LATEST);
  });
});
