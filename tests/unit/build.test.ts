/**
 * The real build, in a scratch copy of the project: a published new article and a
 * draft build as they should; a failing page or a content mistake exits non-zero and
 * publishes nothing (dist/ keeps the last good build). Slow: one test, three builds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { articleTemplate } from '../../src/lib/content/scaffold.ts';

const project = mkdtempSync(join(tmpdir(), 'build-'));
for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(f, join(project, f), { recursive: true });
symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
afterAll(() => rmSync(project, { recursive: true, force: true }));

const build = () =>
  spawnSync(process.execPath, ['src/cli/build.ts'], { cwd: project, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const addFixture = (name: string) => cpSync(`tests/fixtures/${name}/content`, join(project, 'content'), { recursive: true });
const pages = (dir = join(project, 'dist')): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html')).sort();

test('a build publishes new articles but no draft, and a failed build publishes nothing', { timeout: 900_000 }, () => {
  const ids = { figure: 'fibre-2016', quote: 'q-fibre', question: 'question-1', source: 'rapport-queyranne-2015' };
  const fresh = articleTemplate({ title: 'Un nouvel article', date: '2026-11-26', order: 50, ids }).replace('draft: true', 'draft: false');
  writeFileSync(join(project, 'content/articles/un-nouvel-article.mdx'), fresh);
  addFixture('draft');
  const good = build();
  expect(good.status, good.stderr).toBe(0);
  const published = pages();
  expect(published).toContain('articles/un-nouvel-article/index.html');
  expect(published.filter((p) => p.includes('brouillon'))).toEqual([]);

  addFixture('render-failure');
  const failedRender = build();
  expect(failedRender.status).not.toBe(0);
  expect(failedRender.stderr).toContain('nothing was published, dist/ still holds the last good build');
  expect(pages()).toEqual(published);
  expect(existsSync(join(project, '.dist-building'))).toBe(false);

  rmSync(join(project, 'content/articles/composant-inconnu.mdx'));
  addFixture('mistakes/mdx-html-comment');
  const mistake = build();
  expect(mistake.status).toBe(1);
  expect(mistake.stderr).toContain('content/articles/article-essai.mdx:12 → MDX: HTML comments `<!-- … -->` do not work in MDX');
  expect(pages()).toEqual(published);
});
