/** The MDX syntax tree behind the checks: traps, references and prose, read as the build reads them. */
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { MASK, proseMask } from '../../src/lib/content/mdx-prose.ts';
import { findMdxTraps } from '../../src/lib/content/mdx-traps.ts';
import { findBodyRefs, findKeyFigureRefs, withoutComments } from '../../src/lib/content/refs.ts';

const visible = (source: string) => (proseMask(source) ?? '').replaceAll(MASK, '');
const traps = (source: string) => findMdxTraps(source).map((t) => `${t.line}:${t.column} ${t.message.slice(0, 13)}`);

describe('findMdxTraps()', () => {
  test('reports an HTML comment and a stray brace with their file line and column', () => {
    const source = '---\ntitle: "T"\n---\n\nUn texte.\n<!-- note -->\nUn {oubli}.\n';
    expect(traps(source)).toEqual(['6:1 HTML comments', '7:4 a `{` in the ']);
  });

  test('reports every HTML comment, and a brace whose text is not code, where each one is', () => {
    expect(traps('Un <!-- a --> texte.\n\nLa Région {à vérifier} a budgété.\n\n<!-- b -->\n')).toEqual([
      '1:4 HTML comments',
      '3:11 a `{` in the ',
      '5:1 HTML comments',
    ]);
  });

  test('accepts MDX comments, attribute expressions, escaped braces, and braces or comments in code', () => {
    const source = '{/* note { */}\n<ReadAlso items={[\n  { source: "a" },\n]} />\nUn \\{ littéral, `{x}` et `<!-- y -->`.\n\n```\n<!-- z --> {w}\n```\n';
    expect(findMdxTraps(source)).toEqual([]);
  });

  test('a <p> whose text MDX wraps in a second paragraph, even with its attributes over several lines', () => {
    expect(traps('Texte.\n\n<p\n  class="font-sans">\nUn paragraphe.\n</p>\n')).toEqual(['3:1 a `<p>` alone']);
    expect(traps('<p class="font-sans">Un paragraphe.</p>\n')).toEqual([]);
  });
});

describe('proseMask()', () => {
  test('keeps prose, tag children and title="…" (a heading readers see), drops tags, other attributes and URLs', () => {
    expect(visible('<Note title="Titre" id="a">Le texte https://x.org/y</Note>')).toBe('TitreLe texte ');
  });

  test('keeps the length and the lines of the source', () => {
    const source = '---\ntitle: "Titre"\nkind: article\n---\n\n<Figure id="x" /> et `code`\n';
    const prose = proseMask(source) ?? '';
    expect(prose).toHaveLength(source.length);
    expect(prose.split('\n')).toHaveLength(source.split('\n').length);
    expect(visible(source)).toBe('\nTitre\n\n\n\n et \n');
  });

  test('a tag over several lines with a `>` in an attribute, and code with backticks inside, are not prose', () => {
    expect(visible('<Note\n  title="a > b"\n  id="n">Texte</Note> et `` a ` b `` fin.')).toBe('\na > b\nTexte et  fin.');
  });
});

describe('findBodyRefs()', () => {
  test('skips references inside MDX comments', () => {
    expect(findBodyRefs('<Figure id="a" />\n{/*\n<Figure id="b" />\n*/}')).toEqual([{ tag: 'Figure', id: 'a', line: 1, column: 1 }]);
  });

  test('finds a tag laid out over several lines, or with a `>` in an attribute, at its `<`', () => {
    expect(findBodyRefs('Texte.\n\nUn chiffre : <Figure\n  id="a"\n/> et <Quote title="x > y" id="q" inline />.')).toEqual([
      { tag: 'Figure', id: 'a', line: 3, column: 14 },
      { tag: 'Quote', id: 'q', line: 5, column: 7 },
    ]);
  });

  test('a tag inside a code block or inline code is an example, not a reference', () => {
    expect(findBodyRefs('Écrire `<Figure id="a" />`.\n\n```mdx\n<Chart id="b" />\n```\n')).toEqual([]);
  });

  test('places each <KeyFigures> id where it is written', () => {
    expect(findKeyFigureRefs('<KeyFigures ids={[\n  "a",\n  \'b\',\n]} />')).toEqual([
      { tag: 'KeyFigures', id: 'a', line: 2, column: 4 },
      { tag: 'KeyFigures', id: 'b', line: 3, column: 4 },
    ]);
  });
});

describe('withoutComments()', () => {
  test('blanks MDX comments and keeps lines; a comment-like text in code stays', () => {
    expect(withoutComments('a {/* x\ny */} b `{/* c */}`')).toBe('a      \n      b `{/* c */}`');
  });
});

describe('splitFrontmatter()', () => {
  test('gives the file line where the body starts', () => {
    expect(splitFrontmatter('---\na: 1\nb: 2\n---\n\nTexte')).toEqual({ frontmatter: 'a: 1\nb: 2', body: '\nTexte', bodyLine: 5 });
  });
  test('treats a file without frontmatter as all body', () => {
    expect(splitFrontmatter('Texte')).toEqual({ frontmatter: '', body: 'Texte', bodyLine: 1 });
  });
});
