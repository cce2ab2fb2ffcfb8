/** /logo.png: the publisher's logo for structured data (a square PNG), drawn from the site's icon at build. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { LOGO } from '../lib/site/publisher.ts';
import { renderPng } from '../lib/site/png-render.ts';

export const GET: APIRoute = async () => {
  const svg = readFileSync('public/favicon.svg', 'utf8');
  const png = await renderPng(svg, { width: LOGO.width, alpha: true });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
