/**
 * `npm run embed-heights`: measures every chart's embed in a 400 px column, in Chromium,
 * and writes the heights to src/embed/fallback-heights.ts. The snippet's iframe takes that
 * height before (or without) a script that fits it exactly. Run it after changing a chart
 * or its copy; tests/e2e/embeds-hosts.spec.ts fails when a stored height is stale.
 *
 *   node src/cli/measure-embeds.ts [--base http://127.0.0.1:4321]   (serve dist/ first: npm run preview)
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { argsOrExit } from './args.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { FALLBACK_COLUMN } from '../embed/fallback-heights.ts';
import { measureEmbed } from '../embed/measure.ts';
import { COLLECTION_FILES, entryId, inCollection } from '../lib/content/content-layout.ts';

const base = argsOrExit('node src/cli/measure-embeds.ts [--base http://127.0.0.1:4321]', { base: { type: 'string', default: 'http://127.0.0.1:4321' } }).values.base;
// The charts' ids as Astro gives them (one rule: src/lib/content/content-layout.ts).
const charts = COLLECTION_FILES.charts;
const ids = readdirSync(charts.base, { recursive: true, encoding: 'utf8' })
  .filter((f) => inCollection(charts, `${charts.base}/${f}`))
  .map(entryId)
  .sort((a, b) => a.localeCompare(b));

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: FALLBACK_COLUMN, height: 900 } });
const heights: Record<string, number> = {};
for (const id of ids) {
  heights[id] = await measureEmbed(page, new URL(`/embed/${id}/`, base).href);
  process.stdout.write(`${id}: ${heights[id]} px\n`);
}
await browser.close();

const body = Object.entries(heights)
  .map(([id, h]) => `  '${id}': ${h},`)
  .join('\n');
writeFileSync(
  'src/embed/fallback-heights.ts',
  `/**
 * Height of each chart's embed in a ${FALLBACK_COLUMN} px column, as measured by \`npm run embed-heights\`
 * (src/cli/measure-embeds.ts, which writes this file): the snippet's fixed height. Do not edit by hand.
 */
export const FALLBACK_COLUMN = ${FALLBACK_COLUMN};

export const MEASURED_HEIGHTS: Readonly<Record<string, number>> = {
${body}
};
`,
);
process.stdout.write('Wrote src/embed/fallback-heights.ts\n');
