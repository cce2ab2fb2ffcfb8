import { describe, expect, test } from 'vitest';
import { neighbours, relatedArticles } from '../../src/lib/dossier-nav.ts';

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
