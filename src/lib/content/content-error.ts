/**
 * A content problem as an error Astro shows in `npm run dev`: located in the content file
 * (absolute path, line, column), so the overlay quotes that file and « Open in editor »
 * opens it there, with the fix as the hint. The message lists every problem.
 */
import { isAbsolute, resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import { formatProblems, type Problem } from './problems.ts';

/** The error to throw for `problems` (at least one); `root` is the project folder. */
export function contentError(problems: readonly [Problem, ...Problem[]], root = process.cwd()): AstroError & { loc: { file: string; line: number; column: number } } {
  const [first] = problems;
  const count = problems.length > 1 ? `The content has ${problems.length} problems; the first is here.\n` : '';
  const error = new AstroError(`${count}${formatProblems([...problems])}`, `In ${first.file}${first.line ? `, line ${first.line}` : ''}, ${first.field}: ${first.message}`);
  error.name = 'Content problem';
  const file = isAbsolute(first.file) ? first.file : resolve(root, first.file);
  return Object.assign(error, { loc: { file, line: first.line ?? 1, column: first.column ?? 1 }, id: file });
}
