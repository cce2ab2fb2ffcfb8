/** The mistake fixtures: each is a small, valid content root (tests/fixtures/base) with a few files added or replaced. */
import { checkContent, type CheckOptions, type ContentFile } from '../../../src/lib/content/content-check.ts';
import { readContentFiles } from '../../../src/lib/content/content-files.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';

/** Folder of the fixtures, each mirroring the project (`<name>/content/…`). */
export const MISTAKES = 'tests/fixtures/mistakes';

/** The small, valid content root each fixture is laid over. */
export const BASE = 'tests/fixtures/base';

const RECORD = 'content/published.json';

/**
 * The base content with the fixture's files laid over it. A fixture's publish record adds
 * its entries to the base record.
 */
export function contentWith(fixture: string): ContentFile[] {
  const base = readContentFiles(BASE);
  const extra = readContentFiles(`${MISTAKES}/${fixture}`).map((f) => {
    const record = base.find((r) => r.path === RECORD);
    if (f.path !== RECORD || !record) return f;
    const [a, b] = [JSON.parse(record.text), JSON.parse(f.text)];
    const merged = { ...a, ...b, figures: { ...a.figures, ...b.figures }, quotations: { ...a.quotations, ...b.quotations } };
    return { ...f, text: JSON.stringify(merged) };
  });
  const replaced = new Set(extra.map((f) => f.path));
  return [...base.filter((f) => !replaced.has(f.path)), ...extra];
}

/** The build's error text for a fixture ('' when the content is fine). */
export function messagesFor(fixture: string, options: CheckOptions = {}): string {
  return formatProblems(checkContent(contentWith(fixture), options));
}
