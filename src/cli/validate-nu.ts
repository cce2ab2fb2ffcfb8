/**
 * `npm run validate:nu`: the Nu HTML Checker (the W3C validator, from the `vnu-jar` package)
 * over every HTML page of a built site. Fails on any error or warning it reports, except the
 * known false positives listed in src/lib/site/nu-filters.ts, each with its reason.
 * Needs a Java runtime (`java` on the PATH; .ci/run installs one on a fresh machine).
 *
 *   node src/cli/validate-nu.ts [folder=dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { argsOrExit } from './args.ts';
import { ignoredBy, type NuMessage } from '../lib/site/nu-filters.ts';

/** The checker's jar, as the vnu-jar package ships it (its JS wrapper would download a Java of its own). */
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const root = argsOrExit('node src/cli/validate-nu.ts [folder=dist]', {}).positionals[0] ?? 'dist';
if (!existsSync(root)) {
  console.error(`Nothing to check in ${root}/: run "npm run build" first.`);
  process.exit(1);
}
const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
if (java.error || java.status !== 0) {
  console.error('The Nu HTML Checker needs Java: install a runtime (Debian/Ubuntu: apt-get install default-jre-headless), then run again.');
  process.exit(1);
}

const run = spawnSync('java', ['-jar', vnu, '--format', 'json', '--skip-non-html', root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let messages: NuMessage[];
try {
  // vnu writes its JSON report on stderr, and exits non-zero when it found anything.
  messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
} catch {
  console.error(`The Nu HTML Checker did not run:\n${run.stderr || run.error?.message}`);
  process.exit(1);
}

const kept = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'warning').filter((m) => !ignoredBy(m));
const ignored = messages.length - kept.length;
if (kept.length) {
  for (const m of kept) {
    const file = (m.url ?? '').replace(/^file:/, '').replace(`${process.cwd()}/`, '');
    console.error(`${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`);
  }
  console.error(`\nThe Nu HTML Checker found ${kept.length} problem(s) in ${root}/ (${ignored} known false positive(s) ignored).`);
  process.exit(1);
}
console.log(`Nu HTML Checker: no problem in ${root}/ (${ignored} known false positive(s) ignored, see src/lib/site/nu-filters.ts).`);
