import { readFileSync, readdirSync } from "node:fs";
import { htmlNames as extractNames2 } from "../src/cli/html-names.ts";
import { join } from 'node:path';
import purgeHtml from 'purgecss-from-html';

const TAG = /<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" })[e as string]!);
export function extractNames(html: string) {
  const tags = new Set<string>(), classes = new Set<string>(), ids = new Set<string>(), names = new Set<string>(), values = new Set<string>();
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1');
  for (const [, tag, attrs] of body.matchAll(TAG)) {
    tags.add(tag!.toLowerCase());
    for (const m of attrs!.matchAll(ATTR)) {
      const name = m[1]!.toLowerCase(); const raw = m[2] ?? m[3] ?? m[4];
      names.add(name);
      if (raw === undefined) continue;
      const value = decode(raw);
      values.add(value);
      if (name === 'class') value.split(/\s+/).filter(Boolean).forEach((c) => classes.add(c));
      if (name === 'id') ids.add(value);
    }
  }
  return { tags, classes, ids, names, values };
}
const dir = process.argv[2]!;
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
let diffs = 0; let t1 = 0, t2 = 0;
for (const f of pages) {
  const html = readFileSync(join(dir, f), 'utf8').replace(/<style>([\s\S]*?)<\/style>/g, '');
  let s = performance.now(); const a = purgeHtml(html); t1 += performance.now() - s;
  s = performance.now(); const r = extractNames2(html); const b = { tags: new Set(r.tags), classes: new Set(r.classes), ids: new Set(r.ids), names: new Set(r.attributes.names), values: new Set(r.attributes.values) }; t2 += performance.now() - s;
  const cmp = (label: string, x: string[], y: Set<string>) => { const X = new Set(x); const onlyA = [...X].filter((v) => !y.has(v)); const onlyB = [...y].filter((v) => !X.has(v)); if (onlyA.length) { diffs++; if (diffs < 12) console.log(f, label, 'parse5 only', onlyA.slice(0, 5), 'regex only', onlyB.slice(0, 5)); } };
  cmp('tags', a.tags, b.tags); cmp('classes', a.classes, b.classes); cmp('ids', a.ids, b.ids); cmp('attr names', a.attributes.names, b.names); cmp('attr values', a.attributes.values, b.values);
}
console.log(pages.length, 'pages; diffs', diffs, 'parse5', (t1 / pages.length).toFixed(1), 'regex', (t2 / pages.length).toFixed(1), 'ms/page', 'undetermined?');
