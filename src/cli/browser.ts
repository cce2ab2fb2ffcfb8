/**
 * Finds a Chromium the way a user's machine has one: CHROME_PATH if set, then
 * Playwright's own download, then the system's. Fails with one clear sentence.
 * Used by the Playwright config, `npm run lighthouse` and the chart screenshots.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export const NO_CHROMIUM =
  'No Chromium found: run "npx playwright install chromium", install your system\'s chromium (e.g. "apt-get install chromium"), or set CHROME_PATH to a Chromium executable.';

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  /** Playwright's own browser path (it may name a download that is not there). */
  playwrightPath?: () => string | undefined;
}

const playwrights = () => {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
};

/** Path of a Chromium executable; throws one sentence when there is none. */
export function findChromium({ env = process.env, exists = existsSync, playwrightPath = playwrights }: FindOptions = {}): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no browser is there: fix the path or unset it.`);
  }
  const found = [playwrightPath(), ...SYSTEM_PATHS].find((p): p is string => !!p && exists(p));
  if (found) return found;
  throw new Error(NO_CHROMIUM);
}

/** For command lines: the browser's path, or the sentence on stderr and exit 1 (no stack trace). */
export function chromiumOrExit(): string {
  try {
    return findChromium();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** Flags for a headless Chromium on a locked-down machine (root, no GPU, no outside network). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
