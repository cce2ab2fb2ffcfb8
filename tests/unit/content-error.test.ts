/** In `npm run dev`, a content mistake is shown in the content file, with the fix as the hint. */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentError } from '../../src/lib/content/content-error.ts';
import { mdxTraps } from '../../src/integrations/mdx-traps.ts';
import { locateProblems } from '../../src/lib/content/problem-lines.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-dev-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the plugin's load hook on an article as Vite would, returning what it throws. */
function loadError(name: string, text: string): unknown {
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  const file = join(root, 'content/articles', name);
  writeFileSync(file, text);
  const load = mdxTraps(root).load as (id: string) => unknown;
  try {
    load.call({}, `${file}?astroContentCollectionEntry=true`);
  } catch (e) {
    return e;
  }
  return undefined;
}

const front = '---\ntitle: "Essai"\nstandfirst: "Un chapô."\nkind: article\ndate: 2026-11-26\nauthors: [Rédaction]\norder: 9\n---\n\n';

describe('mdxTraps() in dev', () => {
  test('locates an MDX mistake in the article, line and column, with the fix as hint', () => {
    const error = loadError('essai.mdx', `${front}Un lien [piégé](javascript:alert(1)).\n`) as { loc: unknown; hint: string; message: string };
    expect(error.loc).toEqual({ file: join(root, 'content/articles/essai.mdx'), line: 10, column: 9 });
    expect(error.hint).toContain('is not a web address (`javascript:`)');
    expect(error.message).toContain('content/articles/essai.mdx:10 → link:');
  });
  test('locates a trap (an HTML comment, a stray brace) at its column, on the tree the build reads', () => {
    const comment = loadError('trap.mdx', `${front}Un texte <!-- à revoir --> suivi.\n`) as { loc: unknown; hint: string };
    expect(comment.loc).toEqual({ file: join(root, 'content/articles/trap.mdx'), line: 10, column: 10 });
    expect(comment.hint).toContain('HTML comments `<!-- … -->` do not work in MDX');
    const brace = loadError('brace.mdx', `${front}Texte.\n\nLa Région {à vérifier} a budgété.\n`) as { loc: unknown };
    expect(brace.loc).toEqual({ file: join(root, 'content/articles/brace.mdx'), line: 12, column: 11 });
  });
  test('locates a frontmatter mistake on its line', () => {
    const error = loadError('date.mdx', front.replace('date: 2026-11-26', 'date: 2016-13-45') + 'Texte.\n') as { loc: unknown; hint: string };
    expect(error.loc).toEqual({ file: join(root, 'content/articles/date.mdx'), line: 5, column: 1 });
    expect(error.hint).toContain('this day is not in the calendar');
  });
  test('lets a correct article through to the MDX compiler', () => {
    expect(loadError('bon.mdx', `${front}Un paragraphe.\n`)).toBeUndefined();
  });
});

describe('contentError()', () => {
  test('points at the first problem and lists them all', () => {
    const error = contentError([
      { file: 'content/data/x.yaml', line: 4, field: 'values[0]', message: 'add a source' },
      { file: 'content/data/y.yaml', field: 'title', message: 'add a title' },
    ], '/projet');
    expect(error.loc).toEqual({ file: '/projet/content/data/x.yaml', line: 4, column: 1 });
    expect(error.hint).toBe('In content/data/x.yaml, line 4, values[0]: add a source');
    expect(error.message).toBe('The content has 2 problems; the first is here.\ncontent/data/x.yaml:4 → values[0]: add a source\ncontent/data/y.yaml → title: add a title');
  });
});

describe('locateProblems()', () => {
  test('finds the line of the field a cross-collection problem names', () => {
    const files: Record<string, string> = {
      'content/data/x.yaml': 'title: X\nvalues:\n  - id: a\n    derived:\n      formula: "{a}"\n',
      'content/articles/y.mdx': '---\ntitle: "Y"\nrelated: [y]\n---\n\nTexte.\n',
    };
    const located = locateProblems(
      [
        { file: 'content/data/x.yaml', field: 'values[0].derived.formula', message: 'm' },
        { file: 'content/articles/y.mdx', field: 'related[0]', message: 'm' },
        { file: 'content/articles/y.mdx', line: 6, field: '<Figure id="z">', message: 'm' },
      ],
      (path) => files[path],
    );
    expect(located.map((p) => p.line)).toEqual([5, 3, 6]);
  });
});
