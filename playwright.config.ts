/** End-to-end tests: the built site (`dist/`), served as a static host would, in Chromium. */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumOrExit } from './src/cli/browser.ts';

export const PORT = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  // Sized for the slowest page (the comparison page under axe) on a loaded 2-core machine,
  // where 30 s was not enough: a slow machine should make the suite slower, not red.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    serviceWorkers: 'block',
    trace: 'off',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumOrExit(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `node src/cli/serve.ts dist --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
