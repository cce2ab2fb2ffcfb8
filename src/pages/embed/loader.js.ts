/**
 * `/embed/loader.js`, the script host pages include: src/embed/loader.ts bundled and
 * minified at build (esbuild), at a stable address so snippets never change.
 */
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Builds run from the project's root (npm scripts); the bundled page module lives elsewhere. */
const entry = resolve('src/embed/loader.ts');

export const GET: APIRoute = async () => {
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', target: 'es2020', write: false, legalComments: 'none' });
  return new Response(out.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
