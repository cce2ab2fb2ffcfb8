/**
 * `npm run build`: checks the content, builds the site into a scratch folder, and only
 * when everything succeeded swaps it in as `dist/`. A failed build publishes nothing:
 * `dist/` keeps the last good build (or does not exist), never a half-written one.
 * Extra arguments go to `astro build`.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems } from '../lib/content/problems.ts';
import { recordNotice } from '../lib/editorial/publish-files.ts';
import { astroBuild } from './astro-build.ts';
import { checkContentForBuild } from './content-handoff.ts';
import { finishSite, FinishError } from './finish-site.ts';

const OUT = 'dist';
const SCRATCH = '.dist-building';
const OLD = '.dist-previous';

// Checked here, and what Astro needs from this parse handed to it (src/cli/content-handoff.ts).
const { problems, files, env: handoff, cards } = checkContentForBuild('.');
if (problems.length) {
  process.stderr.write(`\nThe content has ${problems.length} mistake(s); nothing was built. Fix ${problems.length > 1 ? 'them' : 'it'}, then build again:\n\n${formatProblems(problems)}\n\n`);
  process.exit(1);
}

rmSync(SCRATCH, { recursive: true, force: true });
// A stray DEV variable (Vitest sets one) leaks into import.meta.env.DEV and would
// publish drafts; NODE_ENV must not say "development" either. A build is a production build.
const { DEV: _dev, PROD: _prod, ...inherited } = process.env;
const env = { ...inherited, ...handoff, NODE_ENV: 'production' };
// Social cards are drawn beside Astro, into the image cache it reads (src/cli/astro-build.ts).
const run = await astroBuild({ cwd: '.', env, args: ['--outDir', SCRATCH, ...process.argv.slice(2)], cards });
if (run.status !== 0) {
  rmSync(SCRATCH, { recursive: true, force: true });
  process.stderr.write(`\nThe build failed (see the message above): nothing was published, ${existsSync(OUT) ? `${OUT}/ still holds the last good build` : `no ${OUT}/ was written`}.\n`);
  process.exit(run.status ?? 1);
}

// Each page keeps only the CSS it uses (and what its scripts need) and takes its last rewrites,
// while Pagefind indexes it: src/cli/finish-site.ts. The search index is part of the site: a build
// without it is not published either. DOSSIER_PRUNE_CSS=0 keeps the whole stylesheet (to compare a
// page with and without pruning); the rewrites still apply.
try {
  const { css } = await finishSite(SCRATCH, { pagefind: join('node_modules', '.bin', 'pagefind'), pruneCss: process.env.DOSSIER_PRUNE_CSS !== '0' });
  if (css) process.stdout.write(`Inline CSS pruned on ${css.pages} pages (${css.pruned} distinct): ${Math.round(css.before / 1024)} KB of HTML became ${Math.round(css.after / 1024)} KB.\n`);
} catch (error) {
  rmSync(SCRATCH, { recursive: true, force: true });
  const what = error instanceof FinishError && error.step === 'pagefind' ? 'The search index (Pagefind) failed' : "Pruning the pages' CSS failed";
  process.stderr.write(`\n${what}: nothing was published.\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

rmSync(OLD, { recursive: true, force: true });
if (existsSync(OUT)) renameSync(OUT, OLD);
renameSync(SCRATCH, OUT);
rmSync(OLD, { recursive: true, force: true });
process.stdout.write(`Built ${OUT}/.\n${recordNotice(files, new Date().toISOString().slice(0, 10))}`);
