/**
 * Lines for problems that name a field (`values[2].source`) but not where it stands:
 * the cross-collection checks know fields, the file's YAML knows their lines. Pure.
 */
import { splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { readYaml } from './yaml-source.ts';

/** Gives problems that name a YAML field the line of that field, reading files with `read`. */
export function locateProblems(problems: Problem[], read: (path: string) => string | undefined): Problem[] {
  const lineOf = new Map<string, ((path: readonly PropertyKey[]) => number | undefined) | undefined>();
  const finder = (file: string) => {
    if (!lineOf.has(file)) {
      const text = read(file);
      const split = file.endsWith('.mdx') && text !== undefined ? splitFrontmatter(text) : undefined;
      const yaml = text === undefined ? undefined : readYaml(split ? split.frontmatter : text, split ? 1 : 0);
      lineOf.set(file, yaml?.ok ? yaml.lineOf : undefined);
    }
    return lineOf.get(file);
  };
  return problems.map((p) => {
    const line = p.line ?? finder(p.file)?.(fieldToPath(p.field));
    return line ? { ...p, line } : p;
  });
}

/** `values[2].derived.formula` → ['values', 2, 'derived', 'formula']; tags (`<Figure …>`) give []. */
export function fieldToPath(field: string): PropertyKey[] {
  if (!/^[\w-]+(\[\d+\]|\.[\w-]+)*$/.test(field)) return [];
  return [...field.matchAll(/([\w-]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}
