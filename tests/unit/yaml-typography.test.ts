/** French typography of the prose kept in YAML: what is flagged, where, and what --fix writes back. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkYamlTypography, fixYamlTypography } from '../../src/lib/editorial/yaml-typography.ts';

const FIXTURES = 'tests/fixtures/typography';
const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const N = '\u202f';
const report = (path: string) => checkYamlTypography(read(path), path).map((i) => `${i.line} ${i.field}: ${i.message}`);

describe('checkYamlTypography()', () => {
  test('names the line and the field, and says what to do', () => {
    expect(report('content/data/exemple.yaml')).toEqual([
      '2 title: plain space after «: use a narrow no-break space (U+202F)',
      '2 title: plain space before »: use a narrow no-break space (U+202F)',
      '2 title: straight apostrophe: use ’',
      '2 title: plain space before ";": use a narrow no-break space (U+202F)',
      '4 description: plain space before ";": use a narrow no-break space (U+202F)',
      '4 description: plain space after «: use a narrow no-break space (U+202F)',
      '4 description: « inside « »: use “ (French nests « “ ” »)',
      '5 description: » inside « »: use ” (French nests « “ ” »)',
      '5 description: plain space before »: use a narrow no-break space (U+202F)',
      '8 values[0].label: plain space before ":": use a narrow no-break space (U+202F)',
      '20 values[1].note: plain space before »: use a narrow no-break space (U+202F)',
      '27 values[1].derived.explanation: plain space before "!": use a narrow no-break space (U+202F)',
    ]);
  });

  test('leaves ids, addresses, formulas, {figure-id} placeholders and right spacing alone', () => {
    const text = read('content/data/exemple.yaml');
    const lines = new Set(checkYamlTypography(text, 'content/data/exemple.yaml').map((i) => i.line));
    for (const code of ['exemple-2016 #', 'formula:', 'Déjà juste']) {
      const line = text.split('\n').findIndex((l) => l.includes(code)) + 1;
      expect(lines.has(line), code).toBe(false);
    }
  });

  test('flags the U+00A0 that the one rule replaces', () => {
    expect(report('content/charts/exemple.yaml')).toContain('5 description: no-break space U+00A0 after «: use a narrow no-break space (U+202F)');
  });

  test('a quotation or a source title is printed inside « »: its own quotes nest as “ ”', () => {
    expect(report('content/quotations.yaml')[0]).toBe('3 q-exemple.text: straight quotes inside « »: use “ … ”');
    expect(report('content/sources/exemple-source.yaml')).toEqual([
      '1 title: « inside « »: use “ (French nests « “ ” »)',
      '1 title: » inside « »: use ” (French nests « “ ” »)',
    ]);
  });

  test('a file that is not valid YAML gets one clear problem, not a crash', () => {
    expect(checkYamlTypography('title: a : b\n', 'content/data/x.yaml')[0]).toMatchObject({ line: 1, field: 'YAML' });
  });
});

describe('fixYamlTypography()', () => {
  const path = 'content/data/exemple.yaml';
  const fixed = fixYamlTypography(read(path), path);

  test('mends every rule and leaves nothing to report', () => {
    expect(checkYamlTypography(fixed, path)).toEqual([]);
    const data = parse(fixed);
    expect(data.title).toBe(`Budget «${N}Numérique${N}», l’exemple${N}; un essai`);
    expect(data.description).toContain(`elle cite «${N}le rapport “Rhône-Alpes Numérique” de 2015${N}»`);
    expect(data.values[1].note).toBe(`La source écrit «${N}quelque 500 apprenants${N}» (une fin de ligne).`);
  });

  test('keeps comments, quoting, folding and every code value as they were', () => {
    const before = read(path).split('\n');
    const after = fixed.split('\n');
    expect(after.filter((l) => l.trimStart().startsWith('#'))).toEqual(before.filter((l) => l.trimStart().startsWith('#')));
    expect(after).toContain('  - id: exemple-2016 # an id: never touched');
    expect(after).toContain('description: >-');
    expect(after).toContain(`    label: "Montant voté${N}: 46 M€"`);
    const [was, now] = [parse(read(path)), parse(fixed)];
    expect(now.values[1].derived.formula).toBe(was.values[1].derived.formula);
    expect(now.description).toContain('https://exemple.org/a?b=c:d');
    // Only the lines of changed scalars differ; the one line broken across « is joined.
    expect(after.length).toBe(before.length - 1);
  });

  test('is idempotent', () => {
    expect(fixYamlTypography(fixed, path)).toBe(fixed);
  });

  test('a quotation keeps its words: only spaces, apostrophes and nested quotes change', () => {
    const q = parse(fixYamlTypography(read('content/quotations.yaml'), 'content/quotations.yaml'))['q-exemple'];
    expect(q.text).toBe(`Un “grand” plan, mais peu d’actes${N}!`);
  });
});

describe('npm run typography', () => {
  test('reports file:line → field, then --fix mends YAML and MDX and says how many per file', () => {
    const root = mkdtempSync(join(tmpdir(), 'typo-'));
    try {
      cpSync(FIXTURES, root, { recursive: true });
      const run = (...args: string[]) => {
        try {
          return { code: 0, out: execFileSync(process.execPath, ['src/cli/typography.ts', ...args, '--root', root], { encoding: 'utf8' }) };
        } catch (e) {
          return { code: (e as { status: number }).status, out: (e as { stdout: string }).stdout };
        }
      };
      const check = run();
      expect(check.code).toBe(1);
      expect(check.out).toContain(`${join(root, 'content/data/exemple.yaml')}:8:25 → values[0].label: plain space before ":": use a narrow no-break space (U+202F)`);
      expect(check.out).toContain('32 typography problem(s) in 5 file(s).');
      const fix = run('--fix');
      expect(fix.out).toContain(`${join(root, 'content/data/exemple.yaml')}: mended 12`);
      expect(fix.out).toContain(`${join(root, 'content/articles/exemple.mdx')}: mended 9`);
      expect(fix.code).toBe(0);
      expect(run().out).toContain('Typography checked: 5 file(s), no problems.');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
