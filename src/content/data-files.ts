/**
 * How `content/data/` splits into collections, in one place: `comparaison-*.yaml` files
 * are plan comparisons, every other YAML file is a dataset. The content layer, the
 * pre-build check, the benchmark and the tests all ask here.
 */

/** File names of comparisons start with this. */
export const COMPARISON_PREFIX = 'comparaison-';

/** Glob patterns of each collection, under content/data. */
export const DATA_GLOBS = {
  datasets: ['**/*.yaml', `!**/${COMPARISON_PREFIX}*.yaml`],
  comparisons: `**/${COMPARISON_PREFIX}*.yaml`,
};

/** Is this file (a name or a path) a comparison rather than a dataset? */
export function isComparisonFile(path: string): boolean {
  return (path.split('/').pop() ?? path).startsWith(COMPARISON_PREFIX);
}
