/** Synthetic articles for `npm run bench`: valid frontmatter, real ids, a chart only when one exists. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/content/schemas.ts';
import { benchArticle, benchArticleId } from '../../src/cli/bench-content.ts';

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
