/** Synthetic articles for `npm run bench`: valid frontmatter, real ids, a chart only when one exists. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/content/schemas.ts';
import { benchArticle, benchArticleId, copyArticle, copyArticleId } from '../../src/cli/bench-content.ts';

const ids = { figures: ['fibre-2016', 'campus-2016'], sources: ['rapport-queyranne-2015'], quotation: 'q-fibre' };

describe('benchArticle', () => {
  it('has frontmatter the article schema accepts', () => {
    const front = benchArticle(3, ids).split('---\n')[1]!;
    expect(articleSchema.safeParse(parse(front)).success).toBe(true);
  });

  it('cites figures, the quotation and a note, and a chart only when given one', () => {
    const mdx = benchArticle(1, ids);
    expect(mdx).toContain('<Figure id="fibre-2016" />');
    expect(mdx).toContain('<Figure id="campus-2016" />');
    expect(mdx).toContain('<Quote id="q-fibre" />');
    expect(mdx).toContain('<Note title=');
    expect(mdx).not.toContain('<Chart');
    expect(benchArticle(1, { ...ids, chart: 'budget' })).toContain('<Chart id="budget" />');
  });

  it('refuses content without figures to cite', () => {
    expect(() => benchArticle(1, { ...ids, figures: [] })).toThrow(/no figure/);
  });

  it('names files in order', () => {
    expect(benchArticleId(7)).toBe('banc-essai-0007');
  });
});

describe('copyArticle (a real article, copied for the bench)', () => {
  const file = 'content/articles/fibre-promesse-chantiers-2016-2022.mdx';
  const real = readFileSync(file, 'utf8');
  it('keeps the body (figures, quotations, chart) and marks title, description and order as a copy', () => {
    const copy = copyArticle(7, real, file);
    const body = (s: string) => s.slice(s.indexOf('\n---', 4));
    expect(body(copy)).toBe(body(real));
    expect(copy).toMatch(/<Chart /);
    const front = parse(copy.split('---\n')[1]!) as { title: string; order: number; description: string };
    expect(front.title).toMatch(/copie de banc d’essai n° 7\)$/);
    expect(front.order).toBe(1007);
    expect(articleSchema.safeParse(front).success).toBe(true);
    expect(copyArticleId(7, 'fibre')).toBe('copie-0007-fibre');
  });
  it('refuses an article without the fields it must change, naming the file', () => {
    expect(() => copyArticle(1, '---\ntitle: "x"\n---\nbody', 'a.mdx')).toThrow(/a\.mdx has no "description"/);
  });
});
