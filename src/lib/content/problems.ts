/** The shape of every content problem, and how editors read it. */

/** One problem: where, and what to do. */
export interface Problem {
  /** Path of the file, relative to the project. */
  file: string;
  /** 1-based line in the file, when the problem sits on a line of an article. */
  line?: number;
  /** 1-based column on that line, when known (the MDX syntax tree gives it). */
  column?: number;
  /** The field (`related[0]`, `values[2].source`) or the tag (`<Figure id="x">`) at fault. */
  field: string;
  message: string;
}

/** Formats problems as the build error editors read: `file:line → field: what to do`. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} → ${p.field}: ${p.message}`).join('\n');
}

/** Up to twelve ids, for "use one of …" hints. */
export function someIds(ids: Iterable<string>): string {
  const all = [...ids];
  if (all.length === 0) return 'none yet';
  return all.slice(0, 12).join(', ') + (all.length > 12 ? ', …' : '');
}
