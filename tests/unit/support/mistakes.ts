/** The mistake fixtures: each is the real content with a few files added or replaced. */
import { checkContent, type CheckOptions, type ContentFile } from '../../../src/lib/content-check.ts';
import { readContentFiles } from '../../../src/lib/content-files.ts';
import { formatProblems } from '../../../src/lib/problems.ts';

/** Folder of the fixtures, each mirroring the project (`<name>/content/…`). */
export const MISTAKES = 'tests/fixtures/mistakes';

/** The project's content with the fixture's files laid over it. */
export function contentWith(fixture: string): ContentFile[] {
  const extra = readContentFiles(`${MISTAKES}/${fixture}`);
  const replaced = new Set(extra.map((f) => f.path));
  return [...readContentFiles('.').filter((f) => !replaced.has(f.path)), ...extra];
}

/** The build's error text for a fixture ('' when the content is fine). */
export function messagesFor(fixture: string, options: CheckOptions = {}): string {
  return formatProblems(checkContent(contentWith(fixture), options));
}
