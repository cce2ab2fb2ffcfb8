/**
 * Finds a Chromium the way a user's machine has one: CHROME_PATH if set, then
 * Playwright's own download, then the system's. Fails with one clear sentence.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** Path of a Chromium executable; throws when there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no browser is there: fix the path or unset it.`);
  }
  let playwrights: string | undefined;
  try {
    playwrights = chromium.executablePath();
  } catch {
    playwrights = undefined;
  }
  const found = [playwrights, ...SYSTEM_PATHS].find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  throw new Error('No Chromium found: run "npx playwright install chromium", install your system\'s chromium (e.g. "apt-get install chromium"), or set CHROME_PATH to a Chromium executable.');
}

/** Flags for a headless Chromium on a locked-down machine (root, no GPU, no outside network). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
