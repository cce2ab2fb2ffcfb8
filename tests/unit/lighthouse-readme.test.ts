import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../../src/cli/lighthouse-report.ts';
import { lcpRatio, ratioTable, README_BLOCK, readmeBlock, WRITTEN_BY } from '../../src/cli/lighthouse-readme.ts';
import { readmeMarkers, replaceReadmeBlock } from '../../src/cli/readme-block.ts';

const summary = (path: string, lcpMs: number): PageSummary => ({
  path,
  runs: 3,
  scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs,
  cls: 0,
  tbtMs: 12.4,
  misses: [],
  timings: [],
  accepted: [],
});

describe('ratio table', () => {
  const ref = { summary: summary('(reference)', 800), gzipBytes: 1641 };
  it('divides each LCP by the reference’s, measured in the same run', () => {
    expect(lcpRatio(summary('/', 1112), ref.summary)).toBe('×1.39');
    expect(lcpRatio(summary('/', Number.NaN), ref.summary)).toBe('?');
  });
  it('puts the reference first, then each page with bytes, LCP, ratio, score, TBT, CLS', () => {
    const table = ratioTable(ref, [{ summary: { ...summary('/404.html', 960), perfRange: [97, 100], tbtMaxMs: 231.6 }, gzipBytes: 10241 }]);
    expect(table.split('\n')).toEqual([
      '| page | HTML gzip | LCP | LCP ÷ reference | Perf (min–max) | TBT (max) | CLS |',
      '|---|---|---|---|---|---|---|',
      '| hand-written reference (800 words + 1 SVG chart) | 1.6 kB | 800 ms | ×1.00 | 99 | 12 ms | 0.000 |',
      '| `/404.html` | 10.2 kB | 960 ms | ×1.20 | 99 (97–100) | 12 ms (232) | 0.000 |',
    ]);
  });
});

describe('README block', () => {
  it('writes the stamp (script, commit, date, settings) then the table between the lighthouse-table markers', () => {
    const { start, end } = readmeMarkers(README_BLOCK, WRITTEN_BY);
    const readme = `# T\n\nbefore\n${start}\nold table\n${end}\nafter\n`;
    const out = replaceReadmeBlock(readme, README_BLOCK, readmeBlock('| new |', { commit: 'abc1234', date: '2026-12-02', runs: 3 }));
    expect(out).toBe(
      `# T\n\nbefore\n${start}\nMeasured by \`npm run lighthouse\` on commit \`abc1234\`, 2026-12-02: Lighthouse 12.2.3, mobile, simulated throttling, median of 3 runs, every page served by src/cli/serve.ts.\n\n| new |\n${end}\nafter\n`,
    );
  });
});
