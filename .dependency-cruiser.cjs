/**
 * Layers that point one way (`npm run layers`, a step of `npm test`). dependency-cruiser reads
 * the TS/JS import graph of src/ (explicit `.ts` extensions included); .astro files are reached
 * as import targets but their own frontmatter imports are not read (it has no .astro parser).
 */
/**
 * Known violations, each an exact import (or cycle), so any new one still fails: none today.
 * A refactor that cannot land in one step may list its remaining edges here for a while;
 * tests/cli/layers.test.ts fails on any entry that is no longer a violation.
 * [rule, from, to, cycle?]
 */
/** @type {Array<[string, string, string, string[]?]>} */
const PENDING = [];

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
