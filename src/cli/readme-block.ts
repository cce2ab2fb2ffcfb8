/**
 * README.md's performance tables are written by the scripts that measure them (npm run lighthouse,
 * npm run bench, npm run bench -- --server), each between its own pair of marker comments, with the
 * commit measured. This module finds and replaces one such block; the rest of README.md is untouched.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** The marker lines of block `name`, e.g. `<!-- bench-server:start (written by npm run bench -- --server; do not edit by hand) -->`. */
export function readmeMarkers(name: string, writtenBy: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start (written by ${writtenBy}; do not edit by hand) -->`, end: `<!-- ${name}:end -->` };
}

/**
 * README text with the body of block `name` replaced by `body`. The start marker is found by its
 * prefix `<!-- name:start` (its comment text is kept as it is in README.md). Throws, naming README.md
 * and the two lines to add, when a marker is missing, repeated or out of order.
 */
export function replaceReadmeBlock(readme: string, name: string, body: string, writtenBy = 'the script that measures it'): string {
  const { start, end } = readmeMarkers(name, writtenBy);
  const fix = `add the lines\n  ${start}\n  ${end}\naround the table it writes, each on its own line`;
  const startAt = readme.indexOf(`<!-- ${name}:start`);
  const startEnd = startAt < 0 ? -1 : readme.indexOf('-->', startAt);
  const endAt = readme.indexOf(end);
  if (startAt < 0 || endAt < 0) throw new Error(`README.md: no "${startAt < 0 ? start : end}" marker; ${fix}`);
  if (endAt < startEnd) throw new Error(`README.md: "${end}" comes before "<!-- ${name}:start"; ${fix}`);
  if (readme.indexOf(`<!-- ${name}:start`, startAt + 1) >= 0 || readme.indexOf(end, endAt + 1) >= 0) {
    throw new Error(`README.md: the "${name}" markers appear more than once; keep one pair`);
  }
  const head = readme.slice(0, startEnd + '-->'.length);
  return `${head}\n${body.replace(/\n+$/, '')}\n${readme.slice(endAt)}`;
}

/** The line that opens each block: which script measured, on which commit, when, and how. */
export function readmeStamp({ script, commit, date, details }: { script: string; commit: string; date: string; details?: string }): string {
  return `Measured by \`${script}\` on commit \`${commit}\`, ${date}${details ? `: ${details}` : ''}.`;
}

/** Today's date as written in the stamps (UTC, YYYY-MM-DD). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The commit measured, marked when the work tree differs from it. */
export function commitMeasured(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${hash} + uncommitted changes` : hash;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Rewrites block `name` of ./README.md and says so on stdout. */
export function writeReadmeBlock(name: string, body: string, writtenBy: string): void {
  writeFileSync('README.md', replaceReadmeBlock(readFileSync('README.md', 'utf8'), name, body, writtenBy));
  process.stdout.write(`README.md: the ${name} block is updated (--no-readme to leave it alone).\n`);
}
