/** The build's hand-off to Astro: content checked once, not parsed again, and never trusted once changed. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CHECKED_CONTENT_ENV, checkedContent, contentCheckedByBuild, contentDigest, fileDigest, readCheckedContent, writeCheckedContent } from '../../src/lib/content/checked-content.ts';
import { parseContent } from '../../src/lib/content/content-check.ts';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { lastModifiedFromFiles, lastModifiedOfContent } from '../../src/lib/site/sitemap-dates.ts';
import { mdxTraps } from '../../src/integrations/mdx-traps.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-handoff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('digests', () => {
  test('a file’s digest changes with its path or its text; the content’s with any file', () => {
    const a = { path: 'content/articles/a.mdx', text: 'Texte.' };
    expect(fileDigest(a)).toBe(fileDigest({ ...a }));
    expect(fileDigest({ ...a, text: 'Texte !' })).not.toBe(fileDigest(a));
    expect(fileDigest({ ...a, path: 'content/articles/b.mdx' })).not.toBe(fileDigest(a));
    const b = { path: 'content/data/b.yaml', text: 'x: 1' };
    expect(contentDigest([a, b])).not.toBe(contentDigest([a, { ...b, text: 'x: 2' }]));
    expect(contentDigest([a, b])).not.toBe(contentDigest([a]));
  });
});

describe('readCheckedContent', () => {
  test('is undefined unless the build set the variable to a readable hand-off', () => {
    expect(readCheckedContent({})).toBeUndefined();
    expect(readCheckedContent({ [CHECKED_CONTENT_ENV]: join(dir, 'absent.json') })).toBeUndefined();
    writeFileSync(join(dir, 'bad.json'), '{"digest": 3');
    expect(readCheckedContent({ [CHECKED_CONTENT_ENV]: join(dir, 'bad.json') })).toBeUndefined();
    writeFileSync(join(dir, 'shape.json'), '{"digest": "x"}');
    expect(readCheckedContent({ [CHECKED_CONTENT_ENV]: join(dir, 'shape.json') })).toBeUndefined();
    const env = writeCheckedContent(join(dir, 'sub', 'ok.json'), checkedContent([{ path: 'p', text: 't' }], new Map([['/a/', '2026-01-02']])));
    expect(readCheckedContent(env)).toEqual({ digest: contentDigest([{ path: 'p', text: 't' }]), files: { p: fileDigest({ path: 'p', text: 't' }) }, lastModified: [['/a/', '2026-01-02']] });
  });
});

describe('the sitemap’s dates', () => {
  const files = readContentFiles('.');
  const real = lastModifiedOfContent(parseContent(files));
  test('are the same from the hand-off as parsed from the files', () => {
    const env = writeCheckedContent(join(dir, 'real.json'), checkedContent(files, real));
    expect(lastModifiedFromFiles('.', env)).toEqual(real);
    expect(lastModifiedFromFiles('.', {})).toEqual(real);
    expect(real.size).toBeGreaterThan(5);
  });
  test('come from the hand-off only when it is of this very content', () => {
    const planted = new Map([['/planted/', '1999-01-01']]);
    const same = writeCheckedContent(join(dir, 'same.json'), checkedContent(files, planted));
    expect(lastModifiedFromFiles('.', same)).toEqual(planted);
    const other = writeCheckedContent(join(dir, 'other.json'), checkedContent(files.slice(1), planted));
    expect(lastModifiedFromFiles('.', other)).toEqual(real);
  });
});

describe('contentCheckedByBuild', () => {
  const files = readContentFiles('.');
  test('is true only for a hand-off of this very content', () => {
    expect(contentCheckedByBuild('.', {})).toBe(false);
    expect(contentCheckedByBuild('.', writeCheckedContent(join(dir, 'whole.json'), checkedContent(files, new Map())))).toBe(true);
    expect(contentCheckedByBuild('.', writeCheckedContent(join(dir, 'less.json'), checkedContent(files.slice(1), new Map())))).toBe(false);
    const edited = files.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\n` } : f));
    expect(contentCheckedByBuild('.', writeCheckedContent(join(dir, 'edited.json'), checkedContent(edited, new Map())))).toBe(false);
  });
});

describe('mdxTraps() after the build’s check', () => {
  const front = '---\ntitle: "Essai"\nstandfirst: "Un chapô."\nkind: article\ndate: 2026-11-26\nauthors: [Rédaction]\norder: 9\n---\n\n';
  const root = join(dir, 'site');
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  const file = join(root, 'content/articles/essai.mdx');
  const load = (env: NodeJS.ProcessEnv) => () => (mdxTraps(root, env).load as (id: string) => unknown).call({}, file);
  test('does not check again an article the build checked, unchanged; checks it once changed, and always without the hand-off', () => {
    // Planted: a hand-off naming a text with a trap (the build never would) shows the plugin does not read it again.
    const trap = `${front}Un texte <!-- à revoir --> suivi.\n`;
    const env = writeCheckedContent(join(dir, 'traps.json'), checkedContent([{ path: 'content/articles/essai.mdx', text: trap }], new Map()));
    writeFileSync(file, trap);
    expect(load(env)()).toBeNull();
    // Saved again after the check: the digest differs and the article is checked.
    writeFileSync(file, `${front}Un autre texte <!-- à revoir --> suivi.\n`);
    expect(load(env)).toThrow(/HTML comments/);
    // Without the hand-off (astro dev, or astro build alone), every article is checked.
    writeFileSync(file, trap);
    expect(load({})).toThrow(/HTML comments/);
  });
});
