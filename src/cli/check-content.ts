/**
 * `node src/cli/check-content.ts [root]`: checks every content file (schemas, ids,
 * formulas, quotations, MDX traps) and prints one line per mistake. Exits 1 on any.
 * Runs before every build, so a mistake never reaches `dist/`.
 */
import { argsOrExit } from './args.ts';
import { checkContent } from '../lib/content/content-check.ts';
import { readContentFiles } from '../lib/content/content-files.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { recordNotice } from '../lib/editorial/publish-files.ts';

const root = argsOrExit('node src/cli/check-content.ts [root]', {}).positionals[0] ?? '.';
const files = readContentFiles(root);
const problems = checkContent(files);
if (problems.length) {
  process.stderr.write(`\nThe content has ${problems.length} mistake(s); nothing was built. Fix ${problems.length > 1 ? 'them' : 'it'}, then run the command again:\n\n${formatProblems(problems)}\n\n`);
  process.exit(1);
}
process.stdout.write(`Content checked: no mistakes.\n${recordNotice(files, new Date().toISOString().slice(0, 10))}`);
