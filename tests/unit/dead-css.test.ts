/** Declarations no element can use go: shadowed ones, and those on pseudo-elements of absent inputs. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropAbsentInputPseudos, dropShadowedDeclarations, impliedModifiers } from '../../src/cli/dead-css.ts';
import { pruneInlineCss } from '../../src/cli/prune-css.ts';

const NOT = ':not(:where([class~=not-prose],[class~=not-prose] *))';
const TYPOGRAPHY = [
  `@layer utilities{.prose{color:var(--tw-prose-body);--tw-prose-body:oklch(37% .03 260);font-size:1rem;line-height:1.75}`,
  `.prose :where(p)${NOT}{margin-top:1.25em;margin-bottom:1.25em}`,
  `.prose :where(a)${NOT}{color:var(--tw-prose-links);font-weight:500}`,
  `.prose :where(.prose>:first-child)${NOT}{margin-top:0}`,
  `.prose :where(ol>li)${NOT},.prose :where(ul>li)${NOT}{padding-inline-start:.375em}`,
  `.prose-lg{font-size:1.125rem;line-height:1.77778}`,
  `.prose-lg :where(p)${NOT}{margin-top:1.33333em;margin-bottom:1.33333em}`,
  `.prose-lg :where(.prose-lg>:first-child)${NOT}{margin-top:0}`,
  `.prose-lg :where(ol>li)${NOT}{padding-inline-start:.444444em}}`,
  '.prose{--tw-prose-body:var(--ink)}',
].join('');

describe('impliedModifiers', () => {
  it('finds a modifier worn by every element with its base, and none when one element goes without', () => {
    const both = '<div class="prose prose-lg max-w-none"></div><div class="mt-4 prose-lg prose"></div>';
    expect(impliedModifiers(both, ['prose'])).toEqual([['prose', 'prose-lg']]);
    expect(impliedModifiers(`${both}<div class="prose"></div>`, ['prose'])).toEqual([]);
  });

  it('finds none for a base or modifier the page\'s scripts may write (they could add the one, take off the other)', () => {
    expect(impliedModifiers('<div class="prose prose-lg"></div>', ['prose'], new Set(['prose']))).toEqual([]);
    expect(impliedModifiers('<div class="prose prose-lg"></div>', ['prose'], new Set(['prose-lg']))).toEqual([]);
  });
});

describe('dropShadowedDeclarations', () => {
  const out = dropShadowedDeclarations(TYPOGRAPHY, [['prose', 'prose-lg']]);

  it('drops what the modifier sets again on the same elements, and keeps what only the base sets', () => {
    expect(out).not.toContain('margin-top:1.25em');
    expect(out).toContain('margin-top:1.33333em');
    expect(out).toContain('color:var(--tw-prose-links)');
    expect(out).not.toContain('.prose :where(.prose>:first-child)');
    expect(out).toContain('.prose-lg :where(.prose-lg>:first-child)');
    expect(out).not.toContain('font-size:1rem');
    expect(out).toContain('color:var(--tw-prose-body)');
  });

  it('drops a layered declaration an unlayered rule with the same selector sets, in any order', () => {
    expect(out).not.toContain('oklch');
    expect(out).toContain('.prose{--tw-prose-body:var(--ink)}');
  });

  it('keeps a list rule unless every selector of it is shadowed', () => {
    // `.prose-lg :where(ul>li)` is absent: the padding of `ul>li` must stay.
    expect(out).toContain('padding-inline-start:.375em');
  });

  it('keeps everything without the implied modifier, under a condition, or !important', () => {
    expect(dropShadowedDeclarations(TYPOGRAPHY, [])).toContain('margin-top:1.25em');
    const conditional = '@layer a{.x{color:red}}@media print{.x{color:blue}}';
    expect(dropShadowedDeclarations(conditional, [])).toBe(conditional);
    const important = '@layer a{.x{color:red!important}}.x{color:blue}';
    expect(dropShadowedDeclarations(important, [])).toBe(important);
    const earlier = `.prose-lg :where(p)${NOT}{margin-top:2em}.prose :where(p)${NOT}{margin-top:1em}`;
    expect(dropShadowedDeclarations(earlier, [['prose', 'prose-lg']])).toBe(earlier);
  });
});

describe('dropAbsentInputPseudos', () => {
  const PREFLIGHT = [
    '::-webkit-datetime-edit{display:inline-flex}',
    '::-webkit-inner-spin-button,::-webkit-outer-spin-button{height:auto}',
    '::file-selector-button{margin-inline-end:4px}',
    '::-webkit-search-decoration{-webkit-appearance:none}',
    '::placeholder{opacity:1}',
    'input::-webkit-datetime-edit{padding:0}',
  ].join('');

  it('drops the bare pseudo-elements of input types the page lacks and keeps the rest', () => {
    const out = dropAbsentInputPseudos(PREFLIGHT, new Set(['search']));
    expect(out).not.toMatch(/(^|\})::-webkit-datetime-edit\{/);
    expect(out).not.toContain('spin-button');
    expect(out).not.toContain('file-selector-button');
    expect(out).toContain('::-webkit-search-decoration');
    expect(out).toContain('::placeholder');
    expect(out).toContain('input::-webkit-datetime-edit');
  });

  it('keeps them where the input type is present (a date field: its edit and spin parts)', () => {
    const out = dropAbsentInputPseudos(PREFLIGHT, new Set(['date']));
    expect(out).toMatch(/^::-webkit-datetime-edit\{/);
    expect(out).toContain('::-webkit-inner-spin-button,::-webkit-outer-spin-button');
    expect(out).not.toContain('file-selector-button');
  });
});

describe('pruneInlineCss, dead declarations', () => {
  it('prunes per page: shadowed prose sizes go where every prose is prose-lg, and date parts where no date field is', async () => {
    const css = `${TYPOGRAPHY}::-webkit-datetime-edit{display:inline-flex}`;
    const dir = mkdtempSync(join(tmpdir(), 'dead-css-'));
    const page = (body: string) => `<!DOCTYPE html><html lang="fr"><head><style>${css}</style></head><body>${body}</body></html>`;
    writeFileSync(join(dir, 'a.html'), page('<div class="prose prose-lg"><p>Texte</p><ol><li>Un</li></ol></div>'));
    writeFileSync(join(dir, 'b.html'), page('<div class="prose"><p>Texte</p></div><div class="prose prose-lg"><p>Texte</p></div><input type="date">'));
    await pruneInlineCss(dir);
    const a = readFileSync(join(dir, 'a.html'), 'utf8');
    const b = readFileSync(join(dir, 'b.html'), 'utf8');
    expect(a).not.toContain('margin-top:1.25em');
    expect(a).not.toContain('datetime-edit');
    expect(b).toContain('margin-top:1.25em');
    expect(b).toContain('::-webkit-datetime-edit{display:inline-flex}');
  });

  it('reads no field type, link or list type in the words of an attribute no selector tests (a chart model)', async () => {
    const css = '::-webkit-datetime-edit{display:inline-flex}a[href^=http]:after{content:" (" attr(href) ")"}ol[type=A]{list-style-type:upper-alpha}';
    const dir = mkdtempSync(join(tmpdir(), 'dead-css-'));
    const page = (body: string) => `<!DOCTYPE html><html lang="fr"><head><style>${css}</style></head><body>${body}</body></html>`;
    writeFileSync(join(dir, 'model.html'), page('<ol><li><a href="/local">Un</a></li></ol><div data-model="date A http://exemple.org"></div>'));
    writeFileSync(join(dir, 'real.html'), page('<ol type="A"><li><a href="https://exemple.org">Un</a></li></ol><input type="date">'));
    await pruneInlineCss(dir);
    const model = /<style>(.*)<\/style>/s.exec(readFileSync(join(dir, 'model.html'), 'utf8'))![1]!;
    const real = /<style>(.*)<\/style>/s.exec(readFileSync(join(dir, 'real.html'), 'utf8'))![1]!;
    for (const rule of ['datetime-edit', 'href^=http', 'type=A']) {
      expect(model).not.toContain(rule);
      expect(real).toContain(rule);
    }
  });
});
