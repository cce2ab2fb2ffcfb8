/**
 * Pure half of the table `npm run lighthouse` writes into README.md: each page beside the
 * hand-written reference page measured in the same run (tests/fixtures/perf-reference/), with
 * LCP as a ratio to it, and the commit measured, in README.md's lighthouse-table block.
 */
import type { PageSummary } from './lighthouse-report.ts';
import { readmeStamp } from './readme-block.ts';

/** The README.md block this table goes in (src/cli/readme-block.ts). */
export const README_BLOCK = 'lighthouse-table';
export const WRITTEN_BY = 'npm run lighthouse';

/** The page everything is compared with, named as in the table. */
export const REFERENCE_LABEL = 'hand-written reference (800 words + 1 SVG chart)';

/** One measured page and the gzip bytes of its HTML (CSS is inlined, so that is the first load). */
export interface Measured {
  summary: PageSummary;
  gzipBytes: number;
}

/** LCP of a page divided by the reference's, e.g. "×1.39". */
export function lcpRatio(page: PageSummary, reference: PageSummary): string {
  const r = page.lcpMs / reference.lcpMs;
  return Number.isFinite(r) ? `×${r.toFixed(2)}` : '?';
}

/** A Markdown table: the reference first, then each page, with the ratio of its LCP to the reference's. */
export function ratioTable(reference: Measured, pages: Measured[]): string {
  const perf = ({ scores, perfRange }: PageSummary) => `${scores.performance}${perfRange ? ` (${perfRange[0]}–${perfRange[1]})` : ''}`;
  const tbt = ({ tbtMs, tbtMaxMs }: PageSummary) => `${Math.round(tbtMs)} ms${tbtMaxMs === undefined ? '' : ` (${Math.round(tbtMaxMs)})`}`;
  const row = (label: string, m: Measured) =>
    `| ${label} | ${(m.gzipBytes / 1000).toFixed(1)} kB | ${Math.round(m.summary.lcpMs)} ms | ${lcpRatio(m.summary, reference.summary)} | ${perf(m.summary)} | ${tbt(m.summary)} | ${m.summary.cls.toFixed(3)} |`;
  return [
    '| page | HTML gzip | LCP | LCP ÷ reference | Perf (min–max) | TBT (max) | CLS |',
    '|---|---|---|---|---|---|---|',
    row(REFERENCE_LABEL, reference),
    ...pages.map((m) => row(`\`${m.summary.path}\``, m)),
  ].join('\n');
}

/** The body written between the markers: what was measured, on which commit, then the table. */
export function readmeBlock(table: string, { commit, date, runs }: { commit: string; date: string; runs: number }): string {
  const details = `Lighthouse 12.2.3, mobile, simulated throttling, median of ${runs} runs, every page served by src/cli/serve.ts`;
  return [readmeStamp({ script: WRITTEN_BY, commit, date, details }), '', table].join('\n');
}
