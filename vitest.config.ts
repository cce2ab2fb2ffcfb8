/** Unit tests: pure modules (layouts, formatting, schemas, checks), no browser, no build. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Chart exports read the stylesheets' colour tokens (`?raw`): let Vitest load CSS as Vite does.
    css: true,
  },
});
