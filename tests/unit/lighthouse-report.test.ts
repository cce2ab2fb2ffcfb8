/** The pure half of `npm run lighthouse`: medians, targets, reasons, the table. */
import { describe, expect, it } from 'vitest';
import { acceptedFor, formatTable, median, summarizePage, type LighthouseResult } from '../../src/cli/lighthouse-report.ts';
import { pagesWithOneEmbed } from '../../src/cli/dist-pages.ts';

/** A minimal Lighthouse result: category scores (0–1), LCP in ms, and failing audits per category. */
function lhr(scores: Record<string, number>, lcp: number, failing: Record<string, string> = {}, tbt = 20): LighthouseResult {
  const categories: LighthouseResult['categories'] = {};
  const audits: LighthouseResult['audits'] = {
    'largest-contentful-paint': { title: 'LCP', score: 1, scoreDisplayMode: 'numeric', numericValue: lcp },
    'cumulative-layout-shift': { title: 'CLS', score: 1, scoreDisplayMode: 'numeric', numericValue: 0.01 },
    'total-blocking-time': { title: 'TBT', score: 1, scoreDisplayMode: 'numeric', numericValue: tbt },
  };
  for (const [id, score] of Object.entries(scores)) {
    const refs = Object.keys(failing).filter((a) => a.startsWith(`${id}:`));
    categories[id] = { title: id, score, auditRefs: refs.map((r) => ({ id: r.split(':')[1]!, weight: 1 })) };
    for (const r of refs) audits[r.split(':')[1]!] = { title: failing[r]!, score: 0, scoreDisplayMode: 'binary', explanation: 'why' };
  }
  return { categories, audits };
}
const perfect = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 };

describe('median', () => {
  it('takes the middle of an odd count and the mean of the middle two otherwise', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe('summarizePage', () => {
  it('passes a page at 100 everywhere with LCP under 1 s, using medians', () => {
    const s = summarizePage('/', [lhr(perfect, 700), lhr(perfect, 1500), lhr(perfect, 800)]);
    expect(s.lcpMs).toBe(800);
    expect(s.misses).toEqual([]);
  });

  it('keeps the lowest and highest performance score of the runs beside the median', () => {
    const s = summarizePage('/', [lhr({ ...perfect, performance: 0.96 }, 700), lhr(perfect, 700), lhr({ ...perfect, performance: 0.99 }, 700)]);
    expect(s.scores.performance).toBe(99);
    expect(s.perfRange).toEqual([96, 100]);
  });

  it('keeps the highest TBT of the runs beside the median (the goal holds in every run)', () => {
    const s = summarizePage('/', [lhr(perfect, 700, {}, 30), lhr(perfect, 700, {}, 240), lhr(perfect, 700, {}, 40)]);
    expect(s.tbtMs).toBe(40);
    expect(s.tbtMaxMs).toBe(240);
  });

  it('names a slow LCP and each failing audit with its reason', () => {
    const bad = lhr({ ...perfect, accessibility: 0.9 }, 1200, { 'accessibility:color-contrast': 'Contrast is low' });
    const s = summarizePage('/x/', [bad, bad, bad], {});
    expect(s.scores.accessibility).toBe(90);
    expect(s.misses).toEqual(['accessibility 90 < 100: color-contrast "Contrast is low" (why)']);
    expect(s.timings).toEqual(['LCP 1200 ms ≥ 1000 ms']);
  });

  it('reports a performance score under 100 (timing noise) without making it a miss', () => {
    const slow = lhr({ ...perfect, performance: 0.99 }, 900, { 'performance:total-blocking-time': 'Total Blocking Time' });
    const s = summarizePage('/x/', [slow, slow, slow], {});
    expect(s.misses).toEqual([]);
    expect(s.timings).toEqual(['performance 99 < 100: total-blocking-time "Total Blocking Time" (why)']);
  });

  it('excuses only the audits it is told to accept, and says so', () => {
    const noindex = lhr({ ...perfect, seo: 0.63 }, 600, { 'seo:is-crawlable': 'Blocked' });
    expect(summarizePage('/404.html', [noindex], { 'is-crawlable': 'on purpose' })).toMatchObject({ misses: [], accepted: [expect.stringContaining('on purpose')] });
    expect(summarizePage('/404.html', [noindex], {}).misses).toHaveLength(1);
  });

  it('accepts "blocked from indexing" exactly on the pages routes.ts lists as not indexed', () => {
    for (const path of ['/recherche/', '/404.html', '/guide/', '/graphiques/apercu/', '/embed/budget-numerique-2016/']) expect(Object.keys(acceptedFor(path)), path).toEqual(['is-crawlable']);
    for (const path of ['/', '/chiffres/', '/graphiques/', '/entretien/laurent-wauquiez-numerique-2016/']) expect(acceptedFor(path), path).toEqual({});
  });
});

describe('formatTable', () => {
  it('prints one aligned row per page with scores and metrics', () => {
    const table = formatTable([summarizePage('/', [lhr(perfect, 712.4)])]).split('\n');
    expect(table[0]).toMatch(/^page\s+Perf\s+A11y\s+BP\s+SEO\s+LCP\s+CLS\s+TBT$/);
    expect(table[2]).toMatch(/^\/\s+100\s+100\s+100\s+100\s+712 ms\s+0\.010\s+20 ms$/);
  });
});

describe('pagesWithOneEmbed', () => {
  it('keeps every page and only the first embed', () => {
    expect(pagesWithOneEmbed(['/', '/embed/a/', '/embed/b/', '/x/'])).toEqual(['/', '/x/', '/embed/a/']);
    expect(pagesWithOneEmbed(['/', '/x/'])).toEqual(['/', '/x/']);
  });
});

describe('median with missing metrics', () => {
  it('skips NaN (a run without the metric) and stays NaN when every run lacks it', () => {
    expect(median([Number.NaN, 3, 1])).toBe(2);
    expect(median([Number.NaN])).toBeNaN();
  });
});
