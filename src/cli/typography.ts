/**
 * `node src/cli/typography.ts [--fix] [--root <dir>] [files…]`: checks the French typography of
 * the prose readers see: the articles (content/articles/*.mdx) and the prose kept in YAML
 * (content/data, content/charts, content/sources, content/quotations.yaml). Prints
 * `file:line:column → field: what to do`. `--fix` mends the mechanical problems in place (no-break
 * spaces, apostrophes, guillemets, nested quotes), keeping YAML comments and layout, and says how
 * many it mended per file. Exits 1 when problems remain.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readContentFiles } from '../lib/content/content-files.ts';
import { applyFixes, checkTypography, type KnownFigure } from '../lib/editorial/typography.ts';
import { checkYamlTypography, fixYamlTypography } from '../lib/editorial/yaml-typography.ts';
import { argsOrExit } from './args.ts';

const { values, positionals: named } = argsOrExit('node src/cli/typography.ts [--fix] [--root <dir>] [files…]', {
  fix: { type: 'boolean', default: false },
  root: { type: 'string', default: '.' },
});
const { fix, root } = values;

/** Files whose prose readers see. */
const PROSE_FILES = /^content\/(articles\/[^/]+\.mdx|(data|charts|sources)\/[^/]+\.ya?ml|quotations\.ya?ml)$/;

const content = readContentFiles(root);
const files = named.length ? named : content.filter((f) => PROSE_FILES.test(f.path)).map((f) => join(root, f.path));
const figures: KnownFigure[] = content
  .filter((f) => f.path.startsWith('content/data/'))
  .flatMap((f) => ((parse(f.text) as { values?: KnownFigure[] } | null)?.values ?? []).map(({ id, value, unit }) => ({ id, value, unit })));

const check = (file: string, text: string) =>
  /\.ya?ml$/.test(file)
    ? checkYamlTypography(text, file)
    : checkTypography(text, figures).map((i) => ({ ...i, field: '' }));

let left = 0;
let mended = 0;
for (const file of files) {
  let text = readFileSync(file, 'utf8');
  let issues = check(file, text);
  if (fix && issues.some((i) => i.fix)) {
    try {
      text = /\.ya?ml$/.test(file) ? fixYamlTypography(text, file) : applyFixes(text, issues);
      writeFileSync(file, text);
      const after = check(file, text);
      process.stdout.write(`${file}: mended ${issues.length - after.length}\n`);
      mended += issues.length - after.length;
      issues = after;
    } catch (error) {
      process.stdout.write(`${file}: ${(error as Error).message}\n`);
    }
  }
  for (const i of issues)
    process.stdout.write(`${file}:${i.line}:${i.column} → ${i.field ? `${i.field}: ` : ''}${i.message}${i.fix ? ' (npm run typography -- --fix mends it)' : ''}\n`);
  left += issues.length;
}
if (mended) process.stdout.write(`Mended ${mended} typography problem(s).\n`);
if (left) {
  process.stdout.write(`${left} typography problem(s) in ${files.length} file(s).\n`);
  process.exit(1);
}
process.stdout.write(`Typography checked: ${files.length} file(s), no problems.\n`);
