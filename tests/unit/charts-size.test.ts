import { describe, expect, test } from 'vitest';
import { moduleImports, pageScripts, scriptsSignature } from '../../src/cli/page-scripts.ts';
import { scriptsAfterLoad } from '../../src/cli/page-rewrites.ts';
import { BUDGET, measurePage } from '../../src/cli/size-budget.ts';

const files: Record<string, string> = {
  '/_astro/loader.js': 'const o=new IntersectionObserver(()=>{});o.observe(document.body);e({budget:()=>import(`./enhance.js`)});',
  '/_astro/enhance.js': 'import{a}from"./shared.js";customElements.define("x-y",class extends HTMLElement{});',
  '/_astro/shared.js': 'export const a=1;',
  '/_astro/big.js': 'x'.repeat(1) + Array.from({ length: 4000 }, (_, i) => `v${i}=${(i * 7919) % 10007};`).join(''),
};
const read = (p: string) => {
  const f = files[p];
  if (f === undefined) throw new Error('missing');
  return f;
};
const page = (body: string) => `<!doctype html><html><head><style>body{color:red}</style></head><body>${body}</body></html>`;

describe('size budget', () => {
  test('pageScripts() finds module scripts and skips JSON data blocks', () => {
    const html = page('<script type="module" src="/_astro/loader.js"></script><script type="application/json">{"a":1}</script><script type="module">console.info(1)</script>');
    expect(pageScripts(html)).toEqual({ src: ['/_astro/loader.js'], inline: ['console.info(1)'], afterLoad: [] });
  });

  test('scriptsSignature() is one key for pages running the same modules, JSON-LD aside', () => {
    const loader = '<script type="module" src="/_astro/loader.js"></script>';
    const ld = (url: string) => `<script type="application/ld+json">{"url":"${url}"}</script>`;
    const a = scriptsSignature('/a/index.html', page(`${ld('/a/')}<figure data-chart-kind="budget"></figure>${loader}`));
    expect(scriptsSignature('/b/index.html', page(`${ld('/b/')}<figure data-chart-kind="budget"></figure>${loader}`))).toBe(a);
    expect(scriptsSignature('/c/index.html', page(`<figure data-chart-kind="tracker"></figure>${loader}`))).not.toBe(a);
    // A relative src resolves against the page's folder: pages in two folders do not share a key.
    const relative = '<script type="module" src="loader.js"></script>';
    expect(scriptsSignature('/a/index.html', page(relative))).not.toBe(scriptsSignature('/b/index.html', page(relative)));
  });

  test('moduleImports() tells static from dynamic imports', () => {
    expect(moduleImports(files['/_astro/enhance.js']!)).toEqual({ static: ['./shared.js'], dynamic: [] });
    expect(moduleImports(files['/_astro/loader.js']!)).toEqual({ static: [], dynamic: ['./enhance.js'] });
  });

  test('pageScripts() reads the HTML: a commented-out script and a `>` inside an attribute do not fool it', () => {
    const html = page('<!-- <script type="module" src="/_astro/old.js"></script> --><script data-note="a > b" type="module" src="/_astro/loader.js"></script>');
    expect(pageScripts(html)).toEqual({ src: ['/_astro/loader.js'], inline: [], afterLoad: [] });
  });

  test('moduleImports() reads the module: an import written inside a string or a comment is not one', () => {
    const code = 'const s="import(\'./fake.js\')";/* import "./old.js" */import{a}from"./shared.js";export{b}from"./b.js";';
    expect(moduleImports(code)).toEqual({ static: ['./shared.js', './b.js'], dynamic: [] });
  });

  test('measurePage() counts the loader as loaded now and the enhancer (with its imports) as loaded on view', () => {
    const r = measurePage('/a/', page('<budget-chart data-chart-kind="budget"></budget-chart><script type="module" src="/_astro/loader.js"></script>'), read);
    expect(r.hasChart).toBe(true);
    expect(r.jsNow).toBeGreaterThan(0);
    expect(r.jsOnView).toBeGreaterThan(0);
    expect(r.problems).toEqual([]);
  });

  test('measurePage() counts what an after-load module imports as loaded now, and the enhancer still on view', () => {
    const external = measurePage('/a/', page('<budget-chart data-chart-kind="budget"></budget-chart><script type="module" src="/_astro/loader.js"></script>'), read);
    const html = scriptsAfterLoad(
      page('<meta http-equiv="content-security-policy" content="script-src \'self\'"><budget-chart data-chart-kind="budget"></budget-chart><script type="module" src="/_astro/loader.js"></script>'),
    );
    expect(pageScripts(html).afterLoad).toHaveLength(1);
    const r = measurePage('/a/', html, read);
    expect(r.jsNow).toBeGreaterThan(external.jsNow); // the loader and the small inline module
    expect(r.jsOnView).toBe(external.jsOnView);
  });

  test('measurePage() counts only the enhancers of the kinds a page shows, as the one chart loader imports them', () => {
    const withMap = {
      ...files,
      '/_astro/all.js': 'const m={"./budget/enhance.ts":()=>o(()=>import(`./enhance.js`),[]),"./series/enhance.ts":()=>o(()=>import(`./big.js`),[])};',
    };
    const readMap = (p: string) => withMap[p as keyof typeof withMap] ?? read(p);
    const budgetOnly = measurePage('/a/', page('<div data-chart-kind="budget"></div><script type="module" src="/_astro/all.js"></script>'), readMap);
    const both = measurePage('/a/', page('<div data-chart-kind="budget"></div><div data-chart-kind="series"></div><script type="module" src="/_astro/all.js"></script>'), readMap);
    expect(budgetOnly.jsOnView).toBeGreaterThan(0);
    expect(both.jsOnView).toBeGreaterThan(budgetOnly.jsOnView + 1000);
  });

  test('measurePage() fails a page without a chart that ships any JavaScript', () => {
    const r = measurePage('/b/', page('<script type="module" src="/_astro/shared.js"></script>'), read);
    expect(r.problems).toEqual([expect.stringContaining('has no chart: pages without charts ship none')]);
  });

  test('measurePage() fails a chart page whose chart code loads before the chart is visible', () => {
    const r = measurePage('/c/', page('<div data-chart-kind="budget"></div><script type="module" src="/_astro/big.js"></script>'), read);
    expect(r.jsNow).toBeGreaterThan(BUDGET.chartPageJsNow);
    expect(r.problems.join()).toContain('before any chart is visible');
  });

  test('measurePage() reports a script missing from dist/', () => {
    const r = measurePage('/d/', page('<script type="module" src="/_astro/gone.js"></script>'), read);
    expect(r.problems).toContain('script /_astro/gone.js is referenced but missing from dist/');
  });
});
