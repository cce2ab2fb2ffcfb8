/**
 * `npm run publish [-- root]`: records what readers are shown in content/published.json
 * (each figure's value, unit, year and status; each quotation's text), after checking the
 * content. It refuses while any check fails, so a changed figure or quotation is recorded
 * only with a correction entry that names it. Commit the record with the content.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { argsOrExit } from './args.ts';
import { checkContent, contentForRecord } from '../lib/content/content-check.ts';
import { readContentFiles } from '../lib/content/content-files.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { nextRecord, RECORD_FILE, recordChanges, serializeRecord } from '../lib/editorial/publish-check.ts';
import { recordIn } from '../lib/editorial/publish-files.ts';

const root = argsOrExit('npm run publish [-- root]', {}).positionals[0] ?? '.';
const today = process.env.PUBLISH_DATE ?? new Date().toISOString().slice(0, 10);
const files = readContentFiles(root);
const problems = checkContent(files, { today });
if (problems.length) {
  process.stderr.write(`\nThe content has ${problems.length} mistake(s); nothing was recorded. Fix ${problems.length > 1 ? 'them' : 'it'}, then run \`npm run publish\` again:\n\n${formatProblems(problems)}\n\n`);
  process.exit(1);
}
const content = contentForRecord(files)!;
const before = recordIn(files);
const after = nextRecord(before, content, today);
const changes = recordChanges(before, after);
const path = join(root, RECORD_FILE);
const text = serializeRecord(after);
if (existsSync(path) && readFileSync(path, 'utf8') === text) {
  process.stdout.write(`${RECORD_FILE} is up to date: nothing to record.\n`);
  process.exit(0);
}
writeFileSync(path, text);
const summary = changes.length ? `${changes.length} change(s)` : 'the corrections that name its items';
process.stdout.write(`Recorded ${summary} in ${RECORD_FILE} (${today})${changes.length ? `:\n${changes.join('\n')}` : '.'}\nCommit it with the content.\n`);
