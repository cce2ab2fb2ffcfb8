/** `npm run new`: a valid, well-typeset draft with commented examples; never overwrites. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { articleTemplate, slugify } from '../../src/lib/content/scaffold.ts';
import { checkTypography } from '../../src/lib/editorial/typography.ts';

const CLI = resolve('src/cli/new-article.ts');
const dir = mkdtempSync(join(tmpdir(), 'new-article-'));
cpSync('content', join(dir, 'content'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const runNew = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });

describe('slugify()', () => {
  test('folds accents, apostrophes and punctuation into a URL id', () => {
    expect(slugify('Titre de l’article')).toBe('titre-de-l-article');
    expect(slugify("Œuvres d'État : « 46 % » ?")).toBe('oeuvres-d-etat-46');
  });
});

describe('npm run new', () => {
  const first = runNew("Titre de l'article");
  const path = join(dir, 'content/articles/titre-de-l-article.mdx');

  test('writes the file and prints where to preview it', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Created content/articles/titre-de-l-article.mdx');
    expect(first.stdout).toContain('http://localhost:4321/articles/titre-de-l-article/');
  });

  test('writes a draft that passes every content check and the typography check', () => {
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('title: "Titre de l’article"');
    expect(text).toContain('draft: true');
    expect(checkContent(readContentFiles(dir))).toEqual([]);
    expect(checkTypography(text)).toEqual([]);
  });

  test('writes an article that is still valid once published', () => {
    const text = readFileSync(path, 'utf8').replace('draft: true', 'draft: false');
    const files = readContentFiles(dir).map((f) => (f.path.endsWith('titre-de-l-article.mdx') ? { ...f, text } : f));
    expect(checkContent(files)).toEqual([]);
  });

  test('refuses to overwrite an existing article', () => {
    const before = readFileSync(path, 'utf8');
    const again = runNew('Titre de l’article');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/articles/titre-de-l-article.mdx already exists');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('asks for a title when none is given', () => {
    expect(runNew().stderr).toContain('Give the title in quotes');
  });
});

describe('articleTemplate()', () => {
  test('comments out one example of each component, with the ids given', () => {
    const text = articleTemplate({ title: 'T', date: '2026-11-26', order: 4, ids: { figure: 'f', quote: 'q', question: 'qq', source: 's' } });
    for (const snippet of ['<Figure id="f" />', '<Quote id="q" />', '<Quote id="q" inline />', '<Question id="qq" />', '<Note title=', '<ReadAlso items={[{ source: "s" }]} />', '![Ce que montre l’image]'])
      expect(text).toContain(snippet);
    expect(text).toContain('order: 4');
    expect(text.indexOf('{/*')).toBeLessThan(text.indexOf('<Figure'));
  });
});
