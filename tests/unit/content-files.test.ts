/** Reading a content tree (src/lib/content/content-files.ts): every folder, content files only, in a stable order. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content/content-files.ts';

const root = mkdtempSync(join(tmpdir(), 'content-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('reads nested folders, folder by folder in name order, and skips what is not content', () => {
  for (const path of ['content/b.yaml', 'content/a-c.yml', 'content/a/z.mdx', 'content/a/deep/x.json', 'content/a/notes.txt', 'content/published.json']) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), 'x: 1\n');
  }
  expect(readContentFiles(root).map((f) => f.path)).toEqual(['content/a/deep/x.json', 'content/a/z.mdx', 'content/a-c.yml', 'content/b.yaml', 'content/published.json']);
});
