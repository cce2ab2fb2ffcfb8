/**
 * Vitest, in two projects:
 * - `unit`: pure modules (layouts, formatting, schemas, checks), no browser, no build; fast.
 * - `cli`: tests that spawn real processes (builds, the CLI, the local server); slow on a busy
 *   machine, so they get generous, explicit timeouts and run one file at a time.
 * `npx vitest run --project unit` runs only the fast ones.
 */
import { defineConfig } from 'vitest/config';

/** Tests that start real processes (a build, a CLI, the server). */
const PROCESS_TESTS = ['tests/cli/**/*.test.ts', 'tests/unit/build.test.ts', 'tests/unit/new-article.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // Chart exports read the stylesheets' colour tokens (`?raw`): let Vitest load CSS as Vite does.
    css: true,
    // Every temporary folder of the run under one, removed at its end.
    globalSetup: ['tests/temp-root.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: PROCESS_TESTS, testTimeout: 15_000 },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: PROCESS_TESTS,
          // A real build takes ~1 min on a quiet 2-core machine and several under load
          // (build.test.ts runs three: it sets 15 min itself).
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
