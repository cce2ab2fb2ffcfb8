/** The mistake fixtures: each is the real content with a few files added or replaced. */
import { checkContent, type CheckOptions, type ContentFile } from '../../../src/lib/content-check.ts';
import { readContentFiles } from '../../../src/lib/content-files.ts';
import { formatProblems } from '../../../src/lib/problems.ts';

/** Folder of the fixtures, each mirroring the project (`<name>/content/…`). */
export const MISTAKES = 'tests/fixtures/mistakes';

const RECORD = 'content/published.json';

/**
 * The project's content with the fixture's files laid over it. A fixture's publish record adds
 * its entries to the real one (the real content's corrections name ids only the real record has).
 */
export function contentWith(fixture: string): ContentFile[] {
  const real = readContentFiles('.');
  const extra = readContentFiles(`${MISTAKES}/${fixture}`).map((f) => {
    const base = real.find((r) => r.path === RECORD);
    if (f.path !== RECORD || !base) return f;
    const [a, b] = [JSON.parse(base.text), JSON.parse(f.text)];
    const merged = { ...a, ...b, figures: { ...a.figures, ...b.figures }, quotations: { ...a.quotations, ...b.quotations } };
    return { ...f, text: JSON.stringify(merged) };
  });
  const replaced = new Set(extra.map((f) => f.path));
  return [...real.filter((f) => !replaced.has(f.path)), ...extra];
}

/** The build's error text for a fixture ('' when the content is fine). */
export function messagesFor(fixture: string, options: CheckOptions = {}): string {
  return formatProblems(checkContent(contentWith(fixture), options));
}
