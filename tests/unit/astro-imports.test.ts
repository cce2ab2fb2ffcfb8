/**
 * The half of the layer rules that `npm run layers` cannot read: imports inside .astro files
 * (dependency-cruiser has no .astro parser). Their frontmatter and <script> imports are read
 * with TypeScript's own import scanner; none may reach tests/, and src/lib holds no .astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The specifiers an .astro file imports: its frontmatter's and its scripts'. */
function astroImports(text: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts].flatMap((code) => ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName));
}

const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.astro'))
  .map((f) => join('src', f));

describe('imports in .astro files', () => {
  it('are read: frontmatter and scripts, declarations and import() calls', () => {
    const text = "---\nimport A from '../a.ts';\nconst b = await import('./b.ts');\n---\n<p>x</p>\n<script>\nimport { c } from '../../tests/c.ts';\n</script>\n";
    expect(astroImports(text)).toEqual(['../a.ts', './b.ts', '../../tests/c.ts']);
  });

  it('never reach tests/', () => {
    expect(files.length).toBeGreaterThan(10);
    const intoTests = files.flatMap((file) =>
      astroImports(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => relative('.', resolve(dirname(file), spec)))
        .filter((target) => target.startsWith('tests/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(intoTests).toEqual([]);
  });

  it('live above src/lib (no component there)', () => {
    expect(files.filter((f) => f.startsWith('src/lib/'))).toEqual([]);
  });
});
