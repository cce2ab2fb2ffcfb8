/**
 * Reader modes (Firefox Reader View, read-later apps, full-text feed tools) run Mozilla
 * Readability over the page: every figure of every built article must survive extraction,
 * in its sentence. Reads dist/: run `npm run build` first (`npm test` does).
 */
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

const DIST = 'dist';
const ARTICLE_DIRS = ['entretien', 'analyse', 'articles'];
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const articlePages = (): string[] => {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before this test.');
  return ARTICLE_DIRS.filter((d) => existsSync(join(DIST, d))).flatMap((d) =>
    readdirSync(join(DIST, d), { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('index.html'))
      .map((p) => join(DIST, d, p)),
  );
};

describe('reader mode (Mozilla Readability) over the built articles', () => {
  const pages = articlePages();

  test('finds the articles', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of pages) {
    test(`${file}: every figure value of the text survives extraction, in its sentence`, () => {
      const html = readFileSync(file, 'utf8');
      const { document } = parseHTML(html);
      // What the article says, before extraction: each inline figure and its paragraph.
      const inline = [...document.querySelectorAll('.prose .figure-value')].map((el) => ({ value: squash(el.textContent ?? ''), paragraph: squash(el.closest('p, li')?.textContent ?? '') }));
      expect(inline.length, 'inline figures in the text').toBeGreaterThan(0);
      const article = new Readability(parseHTML(html).document as unknown as Document).parse();
      expect(article, 'Readability extracts an article').not.toBeNull();
      const extracted = squash(article!.textContent ?? '');
      for (const { value, paragraph } of inline) {
        expect(value, 'a figure has a visible value').not.toBe('');
        if (paragraph) expect(extracted, `the sentence with ${value}`).toContain(paragraph);
      }
      // Each value as many times as the text cites it.
      const count = (hay: string, needle: string) => hay.split(needle).length - 1;
      for (const value of new Set(inline.map((i) => i.value))) {
        expect(count(extracted, value), `occurrences of ${value}`).toBeGreaterThanOrEqual(inline.filter((i) => i.value === value).length);
      }
    });
  }
});
