/**
 * Pure half of the table `npm run lighthouse` writes into README.md: each page beside the
 * hand-written reference page measured in the same run (tests/fixtures/perf-reference/), with
 * LCP as a ratio to it, and the commit measured. Replaces only the marked block.
 */
import type { PageSummary } from './lighthouse-report.ts';

export const README_START = '<!-- lighthouse-table:start (written by npm run lighthouse; do not edit by hand) -->';
export const README_END = '<!-- lighthouse-table:end -->';

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
  const row = (label: string, m: Measured) =>
    `| ${label} | ${(m.gzipBytes / 1000).toFixed(1)} kB | ${Math.round(m.summary.lcpMs)} ms | ${lcpRatio(m.summary, reference.summary)} | ${m.summary.scores.performance} | ${Math.round(m.summary.tbtMs)} ms | ${m.summary.cls.toFixed(3)} |`;
  return [
    '| page | HTML gzip | LCP | LCP ÷ reference | Perf | TBT | CLS |',
    '|---|---|---|---|---|---|---|',
    row(REFERENCE_LABEL, reference),
    ...pages.map((m) => row(`\`${m.summary.path}\``, m)),
  ].join('\n');
}

/** The block written between the markers: what was measured, on which commit, then the table. */
export function readmeBlock(table: string, { commit, date, runs }: { commit: string; date: string; runs: number }): string {
  return [
    README_START,
    `Measured by \`npm run lighthouse\` on commit \`${commit}\`, ${date}: Lighthouse 12.2.3, mobile, simulated throttling, median of ${runs} runs, every page served by src/cli/serve.ts.`,
    '',
    table,
    README_END,
  ].join('\n');
}

/** README text with the marked block replaced; throws when the markers are missing or out of order. */
export function replaceMarkedBlock(readme: string, block: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md: add the lines "${README_START}" and "${README_END}" where the Lighthouse table goes`);
  return readme.slice(0, start) + block + readme.slice(end + README_END.length);
}
