/**
 * Layers that point one way (`npm run layers`, a step of `npm test`). dependency-cruiser reads
 * the TS/JS import graph of src/ (explicit `.ts` extensions included); .astro files are reached
 * as import targets but their own frontmatter imports are not read (it has no .astro parser).
 */
/**
 * TEMPORARY known violations, each an exact import (or cycle), so any new one still fails.
 * The lead deletes each group once the branch that removes it is merged; tests/cli/layers.test.ts
 * fails on any entry that is no longer a violation. (depcruise prints them as "stale" either way:
 * that count is a quirk of its summary; `npm run layers -- --no-ignore-known` shows them.)
 * [rule, from, to, cycle?]
 */
const PENDING = [
  // removed by h11-kinds merge if it moves the MDX tag → component map out of src/lib
  // (it imports .astro components, so it belongs beside them in src/components)
  ['lib-not-to-upper-layers', 'src/lib/mdx-components.ts', 'src/components/Chart.astro'],
  ['lib-not-to-upper-layers', 'src/lib/mdx-components.ts', 'src/components/comparison/NewIn2016.astro'],
  ['lib-not-to-upper-layers', 'src/lib/mdx-components.ts', 'src/components/comparison/Priority.astro'],
  ['lib-not-to-upper-layers', 'src/lib/mdx-components.ts', 'src/components/Figure.astro'],
  ['lib-not-to-upper-layers', 'src/lib/mdx-components.ts', 'src/components/KeyFigures.astro'],
  ['lib-not-to-upper-layers', 'src/lib/mdx-components.ts', 'src/components/Note.astro'],
  ['lib-not-to-upper-layers', 'src/lib/mdx-components.ts', 'src/components/Question.astro'],
  ['lib-not-to-upper-layers', 'src/lib/mdx-components.ts', 'src/components/Quote.astro'],
  ['lib-not-to-upper-layers', 'src/lib/mdx-components.ts', 'src/components/ReadAlso.astro'],
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle in src/: the modules cannot be read (or loaded) one before the other. Move what both need into a third module. Type-only imports are erased before anything runs, so a cycle through one is not a cycle.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'src-not-to-tests',
      severity: 'error',
      comment: 'Code that ships (src/) must not import test code (tests/): move the helper into src/.',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
    {
      name: 'lib-not-to-upper-layers',
      severity: 'error',
      comment: 'src/lib holds pure helpers below pages and charts: it must not import src/charts, src/components, src/pages or src/cli. Pass what it needs in, or move the code up.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(charts|components|pages|cli)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|\\.astro)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.astro', '.json'] },
    moduleSystems: ['es6'],
    knownViolations: PENDING.map(([name, from, to, cycle]) => ({
      type: cycle ? 'cycle' : 'dependency',
      from,
      to,
      rule: { name, severity: 'error' },
      ...(cycle ? { cycle: cycle.map((n) => ({ name: n, dependencyTypes: [] })) } : {}),
    })),
  },
};
