/** /logo.png: the publisher's logo for structured data (a square PNG), drawn from the site's icon at build. */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { LOGO } from '../lib/site/publisher.ts';

export const GET: APIRoute = () => {
  const svg = readFileSync('public/favicon.svg', 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: LOGO.width } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
