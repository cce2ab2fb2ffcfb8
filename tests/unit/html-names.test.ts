/** The CSS pruning's fast reading of a page's names reads at least what an HTML parser reads. */
import purgeHtml from 'purgecss-from-html';
import { describe, expect, it, test } from 'vitest';
import { htmlNames, markupPieces } from '../../src/cli/html-names.ts';

const PAGE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self'">
<script type="application/ld+json">{"a":"<div class=\\"fake\\">"}</script><style>.x{color:red}</style></head>
<body class="prose  prose-lg"><!-- <p class="commented"> -->
<a href="/?q=a&amp;b=c" data-state='open'>Lien&nbsp;: « x »</a>
<form hidden id="filters two"><input type=text required></form>
<svg viewBox="0 0 10 10"><pattern patternUnits="userSpaceOnUse" id="hatch"></pattern><text x="1">46&#8239;M€</text></svg>
<details open><summary title="Voir : les données">x</summary></details>
<script type="module" fetchpriority="low" src="/_astro/a.js"></script></body></html>`;

describe('htmlNames', () => {
  const fast = htmlNames(PAGE);
  const parsed = purgeHtml(PAGE);

  it('finds every tag, class, id and attribute an HTML parser finds', () => {
    for (const key of ['tags', 'classes', 'ids'] as const) expect(fast[key]).toEqual(expect.arrayContaining(parsed[key]));
    expect(fast.attributes.names).toEqual(expect.arrayContaining(parsed.attributes.names));
    expect(fast.attributes.values).toEqual(expect.arrayContaining(parsed.attributes.values));
  });

  it('reads attributes as they are written: camelCase SVG names, entities decoded, boolean ones empty', () => {
    expect(fast.attributes.names).toEqual(expect.arrayContaining(['viewBox', 'patternUnits', 'hidden', 'required', 'data-state']));
    expect(fast.attributes.values).toEqual(expect.arrayContaining(['/?q=a&b=c', 'open', 'text', '']));
    expect(fast.ids).toEqual(expect.arrayContaining(['filters', 'two', 'hatch']));
    expect(fast.classes).toEqual(expect.arrayContaining(['prose', 'prose-lg']));
  });

  it('reads the values only of the attributes asked for, and always of class and id', () => {
    const some = htmlNames(PAGE, (name) => name === 'type');
    expect(some.attributes.names).toEqual(fast.attributes.names);
    expect(some.attributes.values).toContain('text');
    expect(some.attributes.values).not.toContain('open');
    expect(some.attributes.values).not.toContain('/?q=a&b=c');
    expect(some.classes).toEqual(fast.classes);
    expect(some.ids).toEqual(fast.ids);
  });

  it('skips comments and what scripts and styles contain', () => {
    expect(fast.classes).not.toContain('commented');
    expect(fast.classes).not.toContain('fake');
    expect(fast.tags).not.toContain('div');
  });
});

describe('markupPieces', () => {
  test('drops the bodies of scripts and styles, closed in any case, and keeps their opening tags and the markup between', () => {
    expect(markupPieces('<p class="a">x</p><style>.b{}</style><script type="module">let c = "<i class=d>";</SCRIPT><em class="e">')).toEqual([
      '<p class="a">x</p><style>',
      '<script type="module">',
      '<em class="e">',
    ]);
  });
  test('reads an unclosed script’s rest as markup: more names, never fewer', () => {
    expect(markupPieces('<script>never closed <div class="q">').join('')).toBe('<script>never closed <div class="q">');
  });
  test('opens nothing for a script tag inside a comment', () => {
    expect(markupPieces('<!-- <script> --><p class="a">x</p>').join('')).toBe('<!-- <script> --><p class="a">x</p>');
    expect(htmlNames('<!-- <script> --><p class="a">x</p>').classes).toEqual(['a']);
  });
  test('reads a tag whose attribute holds a comment opener whole', () => {
    expect(htmlNames('<p title="<!-- x" class="a">x</p><i class="b">-->').classes).toEqual(['a', 'b']);
  });
});
