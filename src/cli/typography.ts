/**
 * `node src/cli/typography.ts [--fix] [files…]`: checks the French typography of the
 * articles' prose (default: every content/articles/*.mdx) and prints file:line:column,
 * the problem and its fix. `--fix` mends the mechanical ones in place (no-break spaces,
 * apostrophes, guillemets) and reports what is left. Exits 1 when problems remain.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readContentFiles } from '../lib/content-files.ts';
import { applyFixes, checkTypography, type KnownFigure } from '../lib/typography.ts';

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const content = readContentFiles('.');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length ? named : content.filter((f) => /^content\/articles\/.*\.mdx$/.test(f.path)).map((f) => f.path);

const figures: KnownFigure[] = content
  .filter((f) => f.path.startsWith('content/data/'))
  .flatMap((f) => ((parse(f.text) as { values?: KnownFigure[] } | null)?.values ?? []).map(({ id, value, unit }) => ({ id, value, unit })));

let left = 0;
let mended = 0;
for (const file of files) {
  let text = readFileSync(file, 'utf8');
  let issues = checkTypography(text, figures);
  if (fix && issues.some((i) => i.fix)) {
    text = applyFixes(text, issues);
    writeFileSync(file, text);
    const after = checkTypography(text, figures);
    mended += issues.length - after.length;
    issues = after;
  }
  for (const i of issues) process.stdout.write(`${file}:${i.line}:${i.column}  ${i.message}${i.fix ? ' (npm run typography -- --fix mends it)' : ''}\n`);
  left += issues.length;
}
if (mended) process.stdout.write(`Mended ${mended} typography problem(s).\n`);
if (left) {
  process.stdout.write(`${left} typography problem(s) in ${files.length} file(s).\n`);
  process.exit(1);
}
process.stdout.write(`Typography checked: ${files.length} file(s), no problems.\n`);
