/**
 * Every script of ours is an enhancement: pages read, and charts draw, without JavaScript. A
 * module script is fetched at high priority by default, beside the page's own bytes; this step
 * marks each one `fetchpriority="low"` so the browser (and Lighthouse's model of it, which counts
 * a high-priority script fetched before the first paint as blocking it) puts the page first.
 * Astro writes its script tags itself and takes no attributes for them, hence a pass over the
 * built pages. The scripts import nothing up front (vite `build.modulePreload: false` and one
 * chart loader per page), so no high-priority request follows.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"(?![^>]*fetchpriority)/g;

/** The page with each external module script marked `fetchpriority="low"`. Pure. */
export function lowPriorityScripts(html: string): string {
  return html.replace(MODULE_SCRIPT, '<script type="module" fetchpriority="low" src="$1"');
}

/** Applies lowPriorityScripts to every HTML page under `dir`; returns how many pages changed. */
export function lowerScriptPriority(dir: string): number {
  let changed = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.html')) continue;
    const file = join(dir, f);
    const html = readFileSync(file, 'utf8');
    const out = lowPriorityScripts(html);
    if (out !== html) {
      writeFileSync(file, out);
      changed++;
    }
  }
  return changed;
}
