/**
 * `npm run layers` (dependency-cruiser with .dependency-cruiser.cjs): it fails on an import
 * cycle, on src importing tests, and on src/lib importing a layer above it, in a small
 * fixture tree written the way our code is (explicit `.ts` extensions, .astro components);
 * and each temporary exception it lists is still a real violation (else: delete it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CONFIG = resolve('.dependency-cruiser.cjs');
const DEPCRUISE = resolve('node_modules/.bin/depcruise');

interface Violation { from: string; to: string; rule: { name: string } }
function cruise(cwd: string, ...flags: string[]) {
  const run = spawnSync(DEPCRUISE, ['src', '--config', CONFIG, '--output-type', 'json', ...flags], { cwd, encoding: 'utf8' });
  // The json report always exits 0; `npm run layers` uses the err report, which exits with the error count.
  const { summary } = JSON.parse(run.stdout) as { summary: { error: number; violations: Violation[] } };
  return { errors: summary.error, violations: summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort() };
}

const root = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
};

describe('npm run layers', () => {
  it('passes a tree whose layers point one way', () => {
    write({
      'tsconfig.json': JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler' } }),
      'src/lib/format.ts': 'export const f = 1;\n',
      'src/charts/bar.ts': "import { f } from '../lib/format.ts';\nexport const bar = f;\n",
      'src/components/Bar.astro': '---\n---\n<p>bar</p>\n',
      'src/pages/index.ts': "import Bar from '../components/Bar.astro';\nimport { bar } from '../charts/bar.ts';\nexport default [Bar, bar];\n",
    });
    expect(cruise(root)).toEqual({ errors: 0, violations: [] });
  });

  it('fails on a cycle, on src importing tests, and on src/lib importing charts or components', () => {
    write({
      'tests/support/helper.ts': 'export const h = 1;\n',
      'src/cli/tool.ts': "import { h } from '../../tests/support/helper.ts';\nexport const t = h;\n",
      'src/lib/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/lib/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      'src/lib/uses-chart.ts': "import { bar } from '../charts/bar.ts';\nimport Bar from '../components/Bar.astro';\nexport const u = [bar, Bar];\n",
    });
    const { errors, violations } = cruise(root);
    expect(errors).toBe(4);
    expect(violations).toEqual([
      'lib-not-to-upper-layers: src/lib/uses-chart.ts → src/charts/bar.ts',
      'lib-not-to-upper-layers: src/lib/uses-chart.ts → src/components/Bar.astro',
      'no-circular: src/lib/a.ts → src/lib/b.ts',
      'src-not-to-tests: src/cli/tool.ts → tests/support/helper.ts',
    ]);
  });

  it('lists as temporary exceptions only violations that still exist (delete the ones it names)', () => {
    const { knownViolations } = (createRequire(import.meta.url)(CONFIG) as { options: { knownViolations: Violation[] } }).options;
    const live = cruise('.', '--no-ignore-known').violations;
    const stale = knownViolations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).filter((v) => !live.includes(v));
    expect(stale, 'these exceptions in .dependency-cruiser.cjs are fixed: delete them').toEqual([]);
  });
});
