/** Each page inlines only the CSS it uses, keeps what its scripts need, and its CSP still allows it. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishEdits } from '../../src/cli/page-rewrites.ts';
import { decideMisreadRules, pruneInlineCss, pruneUnusedVariables, scriptVocabulary, selectorCanMatch } from '../../src/cli/prune-css.ts';

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const CSS = [
  '.used{color:red}',
  '.unused{color:blue}',
  '.chart-tooltip{position:absolute}',
  '.is-supported{font-weight:700}',
  '[hidden]{display:none}',
  '.x[aria-pressed=true]{outline:1px solid}',
  '@media (prefers-color-scheme:dark){.used{color:pink}.unused{color:green}}',
].join('');
const BODY = '<body><p class="used">Texte</p><button class="x" aria-pressed="false">Filtrer</button><script type="module" src="/_astro/enhance.js"></script></body>';
const page = (css: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' ${hash(css)} 'sha256-other='"><style>${css}</style></head>${BODY}</html>`;

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'prune-css-'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'index.html'), page(CSS));
  writeFileSync(join(dir, '_astro', 'enhance.js'), 'const t=document.createElement("div");t.className="chart-tooltip";const s=`is-${status}`;const chartTooltip=1;');
  return dir;
}

describe('pruneInlineCss', () => {
  it('drops the rules nothing uses and keeps those of the page, of its scripts and of toggled attributes', async () => {
    const dir = site();
    const result = await pruneInlineCss(dir);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const css = /<style>(.*)<\/style>/s.exec(html)![1]!;
    expect(css).toContain('.used{color:red}');
    expect(css).toContain('.chart-tooltip');
    expect(css).toContain('.is-supported');
    expect(css).toContain('[hidden]');
    expect(css).toContain('[aria-pressed=true]');
    expect(css).toMatch(/prefers-color-scheme:dark\)\{\.used\{color:pink\}\}/);
    expect(css).not.toContain('.unused');
    expect(result.after).toBeLessThan(result.before);
    // The rest of the page is untouched, and its CSP allows the new style (and still the others).
    expect(html.replace(/<style>.*<\/style>/s, '')).toBe(page(CSS).replace(/<style>.*<\/style>/s, '').replace(hash(CSS), hash(css)));
    expect(html).toContain(hash(css));
    expect(html).not.toContain(hash(CSS));
    expect(html).toContain("'sha256-other='");
  });
});

describe('pruneInlineCss, per page scripts', () => {
  const styleOf = (dir: string, file: string) => /<style>(.*)<\/style>/s.exec(readFileSync(join(dir, file), 'utf8'))![1]!;

  it('keeps on a page without scripts none of the classes other pages\' scripts write', async () => {
    const dir = site();
    writeFileSync(join(dir, 'plain.html'), page(CSS).replace('<script type="module" src="/_astro/enhance.js"></script>', ''));
    await pruneInlineCss(dir);
    expect(styleOf(dir, 'index.html')).toContain('.chart-tooltip');
    expect(styleOf(dir, 'plain.html')).not.toContain('.chart-tooltip');
    expect(styleOf(dir, 'plain.html')).not.toContain('.is-supported');
    expect(styleOf(dir, 'plain.html')).toContain('.used{color:red}');
  });

  it('keeps the classes of the enhancers of the kinds a page shows, not of the others the loader maps', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prune-css-'));
    mkdirSync(join(dir, '_astro'));
    const css = '.bar-mark{fill:red}.tracker-segment{fill:blue}.page{color:red}';
    writeFileSync(join(dir, '_astro', 'loader.js'), 'const m={"./budget/enhance.ts":()=>import("./budget.js"),"./tracker/enhance.ts":()=>import("./tracker.js")};');
    writeFileSync(join(dir, '_astro', 'budget.js'), 'el.setAttribute("class","bar-mark");');
    writeFileSync(join(dir, '_astro', 'tracker.js'), 'el.setAttribute("class","tracker-segment");');
    writeFileSync(
      join(dir, 'index.html'),
      `<!DOCTYPE html><html lang="fr"><head><meta http-equiv="content-security-policy" content="style-src ${hash(css)}"><style>${css}</style></head><body class="page"><figure data-chart-kind="budget"></figure><script type="module" src="/_astro/loader.js"></script></body></html>`,
    );
    await pruneInlineCss(dir);
    expect(styleOf(dir, 'index.html')).toContain('.bar-mark');
    expect(styleOf(dir, 'index.html')).not.toContain('.tracker-segment');
  });
});

describe('pruneInlineCss, selectors PurgeCSS misreads', () => {
  it('keeps rules whose :where()/:not() parts the page need not match (a hidden form stays hidden; prose without not-prose)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prune-css-'));
    const css = '@layer base{[hidden]:where(:not([hidden=until-found])){display:none!important}}.grid{display:grid}.prose :where(p):not(:where([class~=not-prose] *)){margin:1em}.gone{color:red}';
    writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="fr"><head><meta http-equiv="content-security-policy" content="style-src ${hash(css)}"><style>${css}</style></head><body><form hidden class="grid"></form><div class="prose"><p>Texte</p></div></body></html>`);
    await pruneInlineCss(dir);
    const out = /<style>(.*)<\/style>/s.exec(readFileSync(join(dir, 'index.html'), 'utf8'))![1]!;
    expect(out).toContain('[hidden]:where(:not([hidden=until-found])){display:none!important}');
    expect(out).toContain('.prose :where(p)');
    expect(out).toContain('.grid{display:grid}');
    expect(out).not.toContain('.gone');
    expect(out).not.toContain('purgecss');
  });
});

describe('decideMisreadRules', () => {
  const proseParagraphs = { class: (name: string) => name === 'prose', tag: (name: string) => name === 'p', attribute: () => true };

  it('keeps a :where()/:not() rule when the classes it needs, negations aside, are on the page, and drops it otherwise', () => {
    const css = '.prose :where(p):not(:where([class~=not-prose] *)){margin:1em}.prose-lg :where(h2){font-size:2em}.plain{color:red}';
    const out = decideMisreadRules(css, proseParagraphs);
    expect(out).toContain('.prose :where(p)');
    expect(out).not.toContain('.prose-lg');
    expect(out).toContain('.plain{color:red}');
  });

  it('drops a :where() rule on elements neither the page nor its scripts have (Typography on code blocks)', () => {
    const css = '.prose :where(p):not(:where([class~=not-prose] *)){margin:1em}.prose :where(pre code){color:red}.prose>:where(p,ul,ol){margin:0}';
    const out = decideMisreadRules(css, proseParagraphs);
    expect(out).toContain('.prose :where(p)');
    expect(out).not.toContain('pre code');
    expect(out).toContain('.prose>:where(p,ul,ol)');
  });
});

describe('selectorCanMatch', () => {
  const has = {
    class: (name: string) => ['a', 'b'].includes(name),
    tag: (name: string) => ['p', 'li', 'ol'].includes(name),
    attribute: (name: string, value?: string) => name === 'class' || (name === 'type' && (value === undefined || value === 'module')),
  };
  it('needs every class and element outside :not(), and one of a :where()/:is() list', () => {
    expect(selectorCanMatch('.a :where(p)', has)).toBe(true);
    expect(selectorCanMatch('.a :where(pre code)', has)).toBe(false);
    expect(selectorCanMatch('.a :where(h2,li)', has)).toBe(true);
    expect(selectorCanMatch(':is(.c,.d) p', has)).toBe(false);
    expect(selectorCanMatch('p:not(.c):not(:where(table *))', has)).toBe(true);
    expect(selectorCanMatch('.a.c', has)).toBe(false);
  });
  it('reads arguments that are not selectors as no requirement (:nth-child(odd), :lang(fr))', () => {
    expect(selectorCanMatch('li:nth-child(odd):is(.b)', has)).toBe(true);
    expect(selectorCanMatch('p:lang(fr)', has)).toBe(true);
    expect(selectorCanMatch('.b:has(>table)', has)).toBe(false);
  });
  it('needs the attributes a selector tests, by whole value for = and ~=, save those scripts toggle', () => {
    expect(selectorCanMatch('.a :where(ol[type=A])', has)).toBe(false);
    expect(selectorCanMatch('.a :where(ol[type="module"])', has)).toBe(true);
    expect(selectorCanMatch('.a :where(ol[reversed])', has)).toBe(false);
    expect(selectorCanMatch('.a :where([class~=a])', has)).toBe(true);
    expect(selectorCanMatch(':where(ol[type^=mod])', has)).toBe(true);
    expect(selectorCanMatch('.a[aria-pressed=true]', has)).toBe(true);
    expect(selectorCanMatch('.c[aria-pressed=true]', has)).toBe(false);
    expect(selectorCanMatch('[hidden]:where(:not([hidden=until-found]))', has)).toBe(true);
  });

  it('keeps the keyframes of an animation whose rule it decided (the bars grow in)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prune-css-'));
    const css = '.chart-svg.is-entering .chart-bar:not(.chart-legend *){animation:chart-grow .6s}@keyframes chart-grow{from{transform:scaleX(0)}}';
    writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="fr"><head><meta http-equiv="content-security-policy" content="style-src ${hash(css)}"><style>${css}</style></head><body><svg class="chart-svg"><rect class="chart-bar"/></svg><script type="module" src="/enhance.js"></script></body></html>`);
    writeFileSync(join(dir, 'enhance.js'), 'svg.classList.add("is-entering");');
    await pruneInlineCss(dir);
    const out = /<style>(.*)<\/style>/s.exec(readFileSync(join(dir, 'index.html'), 'utf8'))![1]!;
    expect(out).toContain('.is-entering');
    expect(out).toContain('@keyframes chart-grow');
  });
});

describe('pruneInlineCss, pages alike', () => {
  it('prunes once for pages that differ only in names the stylesheet never mentions (ids, links, text)', async () => {
    const dir = site();
    const jsonLd = (url: string) => `<script type="application/ld+json">{"url":"${url}"}</script>`;
    writeFileSync(join(dir, 'index.html'), page(CSS).replace('<body>', `<body>${jsonLd('/')}`));
    writeFileSync(join(dir, 'copy.html'), page(CSS).replace('<body>', `<body>${jsonLd('/copie/')}`).replace('<p class="used">Texte', '<p class="used" id="fig-autre"><a href="/ailleurs/">Autre texte</a>'));
    const result = await pruneInlineCss(dir);
    expect(result.pages).toBe(2);
    expect(result.pruned).toBe(1);
    // Their scripts are read once: a JSON-LD block, which differs from page to page, does not run.
    expect(result.scriptWalks).toBe(1);
    const css = (file: string) => /<style>(.*)<\/style>/s.exec(readFileSync(join(dir, file), 'utf8'))![1];
    expect(css('copy.html')).toBe(css('index.html'));
  });
});

describe('scriptVocabulary', () => {
  it('reads class names from string literals only, and the prefixes of built ones', () => {
    const v = scriptVocabulary(['const hidden=1;el.className="mark is-on";const c=`cmp-${id}`;']);
    expect(v.words.has('mark')).toBe(true);
    expect(v.words.has('is-on')).toBe(true);
    expect(v.words.has('hidden')).toBe(false);
    expect([...v.prefixes]).toEqual(['cmp-']);
  });
});

describe('pruneUnusedVariables', () => {
  it('drops the custom properties nothing reads, through chains, with their @property and the blocks left empty', () => {
    const css =
      ':root{--ink:#111;--unused:red;--a:var(--b);--b:1px;--c:var(--d);--d:2px}@layer properties{*{--tw-shadow:0 0 #0000}}@property --tw-shadow{syntax:"*";inherits:false}@media (prefers-color-scheme:dark){:root{--ink:#eee;--unused:blue}}p{color:var(--ink);margin:var(--a)}';
    const out = pruneUnusedVariables(css, '');
    expect(out).toContain('--ink:#111');
    expect(out).toContain('--ink:#eee');
    expect(out).toContain('--a:var(--b)');
    expect(out).toContain('--b:1px');
    expect(out).not.toContain('--unused');
    expect(out).not.toContain('--c:');
    expect(out).not.toContain('--d:');
    expect(out).not.toContain('tw-shadow');
    expect(out).not.toContain('@layer properties');
  });

  it('keeps a property the page\'s markup or scripts name (a style attribute, setProperty)', () => {
    const css = ':root{--bar:red;--gone:blue}';
    expect(pruneUnusedVariables(css, '<rect style="fill:var(--bar)">')).toContain('--bar:red');
    expect(pruneUnusedVariables(css, 'el.style.setProperty("--gone","0")')).toContain('--gone:blue');
  });
});

describe('pruneInlineCss, last rewrites', () => {
  it('applies them to every page as it writes it, with or without a style', async () => {
    const dir = site();
    writeFileSync(join(dir, 'bare.html'), '<!DOCTYPE html><html lang="fr"><body><p>Sans style</p></body></html>');
    const body = (html: string) => ({ start: html.indexOf('<body>') + '<body'.length, end: html.indexOf('<body>') + '<body'.length, text: ' data-finished' });
    await pruneInlineCss(dir, (html, styles) => [...finishEdits(html, styles, { afterLoad: false, trim: false }), body(html)]);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('<body data-finished>');
    expect(readFileSync(join(dir, 'bare.html'), 'utf8')).toContain('<body data-finished>');
  });
});
