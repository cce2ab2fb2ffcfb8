/** The MDX scanner: traps with their line, and what counts as prose. */
import { describe, expect, test } from 'vitest';
import { MASK, scanMdx } from '../../src/lib/mdx-scan.ts';
import { findBodyRefs } from '../../src/lib/refs.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

const visible = (source: string) => scanMdx(source).prose.replaceAll(MASK, '');

describe('scanMdx()', () => {
  test('reports an HTML comment and a stray brace with their file line', () => {
    const source = '---\ntitle: "T"\n---\n\nUn texte.\n<!-- note -->\nUn {oubli}.\n';
    expect(scanMdx(source).traps.map((t) => t.line)).toEqual([6, 7]);
  });

  test('accepts MDX comments, attribute expressions and escaped braces', () => {
    const source = '{/* note { */}\n<ReadAlso items={[\n  { source: "a" },\n]} />\nUn \\{ littéral.\n';
    expect(scanMdx(source).traps).toEqual([]);
  });

  test('keeps prose, tag children and title="…" (a heading readers see), drops tags, other attributes and URLs', () => {
    expect(visible('<Note title="Titre" id="a">Le texte https://x.org/y</Note>')).toBe('TitreLe texte ');
  });

  test('keeps the length and the lines of the source', () => {
    const source = '---\ntitle: "Titre"\nkind: article\n---\n\n<Figure id="x" /> et `code`\n';
    const { prose } = scanMdx(source);
    expect(prose).toHaveLength(source.length);
    expect(prose.split('\n')).toHaveLength(source.split('\n').length);
    expect(visible(source)).toBe('\nTitre\n\n\n\n et \n');
  });
});

describe('findBodyRefs()', () => {
  test('skips references inside MDX comments', () => {
    expect(findBodyRefs('<Figure id="a" />\n{/*\n<Figure id="b" />\n*/}')).toEqual([{ tag: 'Figure', id: 'a', line: 1 }]);
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
