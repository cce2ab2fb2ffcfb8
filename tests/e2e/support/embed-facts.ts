/** What the embed tests know of the site's charts and snippets, from the content and src/lib/site/embeds.ts. */
import { readdirSync } from 'node:fs';
import { embedSnippet as siteSnippet } from '../../../src/lib/site/embeds.ts';
import { RESIZE_TYPE } from '../../../src/embed/protocol.ts';
import type { Theme } from '../../../src/embed/themes.ts';

export const RESIZE_TYPE_FOR_TESTS = RESIZE_TYPE;

/** Every declared chart id, in the order the site lists them. */
export function chartIds(): string[] {
  return readdirSync('content/charts')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort((a, b) => a.localeCompare(b));
}

/** The two charts a host page embeds: the first two declared, or the only one twice. */
export function twoCharts(): [string, string] {
  const ids = chartIds();
  return [ids[0]!, ids[1] ?? ids[0]!];
}

/** The site's snippet for a chart, pointing at the site under test. */
export function embedSnippet(site: string, id: string, title: string, height: number, theme?: Theme): string {
  return siteSnippet({ site, id, title, height, ...(theme ? { theme } : {}) });
}
