/** Turns zod's issues into problems editors can act on: file, field, what to do. Pure. */
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

/** The field path as editors see it in YAML: `values[2].source`. */
export function fieldPath(path: readonly PropertyKey[], prefix = ''): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), prefix);
}

/** One problem per zod issue, naming the file, the field and, when `lineOf` knows it, the line. */
export function describeIssues(file: string, error: z.ZodError, prefix = '', lineOf?: (path: readonly PropertyKey[]) => number | undefined): Problem[] {
  return error.issues.map((issue) => {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const keys = unknownKeys.map((k) => fieldPath([...issue.path, k], prefix)).join(', ');
    const line = lineOf?.(unknownKeys.length ? [...issue.path, unknownKeys[0] ?? ''] : issue.path);
    return { file, ...(line ? { line } : {}), field: keys || fieldPath(issue.path, prefix) || 'file', message: issue.message };
  });
}
