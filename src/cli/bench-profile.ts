/**
 * Pure half of `npm run bench`'s profile: Astro's build log reduced to the time of each phase,
 * the rows the bench prints and the README block it writes. Unit-tested without building anything.
 */
import { readmeStamp } from './readme-block.ts';

/** The README.md block the scale report goes in (src/cli/readme-block.ts). */
export const README_BLOCK = 'bench-scale';
export const WRITTEN_BY = 'npm run bench';

/** Milliseconds of the phases of one build, as `npm run build` runs them. */
export interface Phases {
  /** checkContent over every content file (src/lib/content/content-check.ts). */
  checks: number;
  /** Astro's content sync and setup (its first "Completed in"). */
  setup: number;
  /** Vite bundling, server and client ("[vite] ✓ built in", summed). */
  bundle: number;
  /** Rendering every page and endpoint: HTML, static SVGs, social cards, chart PNGs. */
  render: number;
  /** The whole `astro build`, as Astro reports it. */
  astro: number;
  /** The pruning and Pagefind side by side, from start to both done (src/cli/finish-site.ts). */
  finish: number;
  /** Each page's CSS pruned to what it uses, then the last rewrites (src/cli/prune-css.ts, page-rewrites.ts), run beside Pagefind. */
  prune: number;
  /** The search index (Pagefind), from its start to its exit, run beside the pruning. */
  pagefind: number;
  /** Renaming the scratch folder to dist/. */
  swap: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;
/** Astro's getTimeStat: `840ms`, `12.34s` or, past a minute, `2m 5s`. */
const DURATION = /in (?:(\d+)m )?([\d.]+)(ms|s)\b/;

/** The phases Astro's own log reports (setup, bundle, render, astro total), in milliseconds. */
export function astroPhases(log: string): Pick<Phases, 'setup' | 'bundle' | 'render' | 'astro'> {
  const out = { setup: Number.NaN, bundle: 0, render: Number.NaN, astro: Number.NaN };
  for (const raw of log.split('\n')) {
    const line = raw.replace(ANSI, '');
    const m = DURATION.exec(line);
    if (!m) continue;
    const ms = Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    if (/\[vite\] ✓ built in/.test(line)) out.bundle += ms;
    else if (/page\(s\) built in/.test(line)) out.astro = ms;
    else if (/\[build\] ✓ Completed in/.test(line) && Number.isNaN(out.setup)) out.setup = ms;
    // Unlabelled "Completed in": page generation, then asset generation when there is any.
    else if (/\d ✓ Completed in/.test(line) && !/\[/.test(line.slice(9))) out.render = (Number.isNaN(out.render) ? 0 : out.render) + ms;
  }
  return out;
}

/** "12.3 s" or "840 ms". */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** Plain-text table, first column left-aligned, the others right-aligned. */
export function textTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/**
 * The body of README.md's bench-scale block: the stamp (the command as run, commit, date, load
 * average before the run), then the printed report as a text block. Holds the latest run only.
 */
export function scaleReadmeBody(report: string, { command, commit, date, loadavg }: { command: string; commit: string; date: string; loadavg: number[] }): string {
  const details = `\`${command}\`, load average ${loadavg.map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) just before the run. The block holds the latest run only`;
  return [readmeStamp({ script: WRITTEN_BY, commit, date, details }), '', '```text', report.replace(/\n+$/, ''), '```'].join('\n');
}
