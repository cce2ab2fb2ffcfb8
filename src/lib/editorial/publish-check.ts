/**
 * No silent change: `content/published.json` records what readers were shown (each figure's
 * value, unit, year and status; each quotation's text). A published item that changed or
 * disappeared needs a correction entry that names it. Pure: the pre-build check and
 * `npm run publish` give it the content and the record.
 *
 * The rule, for each item of the record that is not marked removed, when the content no
 * longer holds it exactly as recorded (other value, unit, year or status; other text; gone):
 * some correction entry (in a published article, a dataset, a comparison or a chart) lists
 * its id in `figures:` (or `quotations:`), is dated on or after the item's `since` (the day
 * the recorded version was published), and is new: the record keeps, per item, the dates of
 * the entries that named it when it was written, and the entries naming it now must
 * outnumber them on some date. So one correction covers one change; the next change needs
 * the next entry. A recorded entry may not disappear either (corrections stay published).
 * Also: an entry may only name a figure or quotation that exists or is in the record, and
 * may not be dated after today. New items need nothing; `npm run publish` records them.
 */
import type { CorrectionData } from '../../content/schemas.ts';
import type { Problem } from '../content/problems.ts';

/** Where the record lives, from the project root. */
export const RECORD_FILE = 'content/published.json';
/** The command that writes it. */
export const PUBLISH_COMMAND = 'npm run publish';

/** What is recorded of a figure. */
export interface FigureVersion {
  value: number;
  unit: string;
  year: number;
  status: string;
}
/** What is recorded of a quotation. */
export interface QuotationVersion {
  text: string;
}
/** Bookkeeping of a recorded item. */
interface Recorded {
  /** Day this version was first recorded as published, "YYYY-MM-DD". */
  since: string;
  /** Dates of the correction entries that named the item when the record was written. */
  corrections: string[];
  /** Day the item was recorded as removed from the content (its last version is kept). */
  removed?: string;
}
export type RecordedFigure = FigureVersion & Recorded;
export type RecordedQuotation = QuotationVersion & Recorded;

/** The record: `content/published.json`. */
export interface PublishedRecord {
  about?: string;
  figures: Record<string, RecordedFigure>;
  quotations: Record<string, RecordedQuotation>;
}

/** The content as the check sees it. */
export interface PublishedContent {
  figures: Map<string, FigureVersion & { file: string }>;
  quotations: Map<string, QuotationVersion & { file: string }>;
  /** Every correction entry readers see, with its file and field (e.g. `corrections[0]`). */
  corrections: { file: string; field: string; entry: CorrectionData }[];
}

const ABOUT =
  'What readers have been shown: written by `npm run publish`, checked by every build. Do not edit by hand: to change a figure or a quotation, add a correction entry (see README, "Correcting a published figure or quotation").';

const FIGURE_KEYS = ['value', 'unit', 'year', 'status'] as const;

/** How a figure differs from its recorded version, in words ('' when it does not). */
function figureChange(was: FigureVersion, now: FigureVersion | undefined): string {
  if (!now) return 'was removed';
  const changed = FIGURE_KEYS.filter((k) => was[k] !== now[k]);
  return changed.length ? `changed (${changed.map((k) => `${k} ${JSON.stringify(was[k])} → ${JSON.stringify(now[k])}`).join(', ')})` : '';
}

/**
 * A quotation's words, without its typography: every kind of space (U+00A0, U+202F…) made one,
 * none before « ; : ! ? » » or after « « », one apostrophe and one double quote. Typography
 * needs no correction; a changed word, letter or punctuation mark does.
 */
export function quotationWords(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/\s+/gu, ' ')
    .replace(/ (?=[;:!?"])/g, '')
    .replace(/(?<=") /g, '')
    .trim();
}

function quotationChange(was: QuotationVersion, now: QuotationVersion | undefined): string {
  if (!now) return 'was removed';
  return quotationWords(was.text) === quotationWords(now.text) ? '' : 'changed its text';
}

/** Dates of the entries naming an id, by kind. */
function datesNaming(content: PublishedContent, kind: 'figures' | 'quotations', id: string): string[] {
  return content.corrections.filter((c) => c.entry[kind].includes(id)).map((c) => c.entry.date);
}

/** Dates in `now` beyond those in `before` (multiset difference). */
function newDates(now: string[], before: string[]): string[] {
  const left = [...before];
  return now.filter((d) => {
    const i = left.indexOf(d);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** Parses the record's text; a problem when it is not a record. */
export function parseRecord(text: string): PublishedRecord | Problem {
  const fail = (why: string): Problem => ({ file: RECORD_FILE, field: 'JSON', message: `${why}: restore it with \`git checkout ${RECORD_FILE}\`, then run \`${PUBLISH_COMMAND}\`` });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
  const r = raw as Partial<PublishedRecord> | null;
  if (!r || typeof r.figures !== 'object' || typeof r.quotations !== 'object' || !r.figures || !r.quotations) return fail('it has no `figures` and `quotations` objects');
  return r as PublishedRecord;
}

/** Every silent change, unknown id or future date (empty when the content may be built). */
export function checkPublished(record: PublishedRecord, content: PublishedContent, today: string): Problem[] {
  const problems: Problem[] = [];
  const kinds = [
    { kind: 'figures', noun: 'figure', recorded: record.figures, current: content.figures, change: figureChange },
    { kind: 'quotations', noun: 'quotation', recorded: record.quotations, current: content.quotations, change: quotationChange },
  ] as const;

  for (const { kind, noun, recorded, current, change } of kinds) {
    for (const [id, was] of Object.entries(recorded as Record<string, RecordedFigure & RecordedQuotation>)) {
      const now = current.get(id);
      const naming = datesNaming(content, kind, id);
      const lost = newDates(was.corrections ?? [], naming);
      if (lost.length)
        problems.push({ file: RECORD_FILE, field: `${kind}.${id}`, message: `the published correction of ${noun} "${id}" dated ${lost.join(', ')} is gone: corrections stay published; put the entry back (to amend it, add a new entry)` });
      if (was.removed) continue;
      const what = (change as (w: typeof was, n: typeof now) => string)(was, now);
      if (!what) continue;
      const fresh = newDates(naming, was.corrections ?? []).filter((d) => d >= was.since);
      if (fresh.length) continue;
      // Quotations have no `corrections:` of their own: the entry goes where readers see them.
      const where = kind === 'figures' && now ? `${now.file} (or of the article or chart that shows it)` : `the article, dataset or chart that showed it`;
      problems.push({
        file: now?.file ?? RECORD_FILE,
        field: `${noun} "${id}"`,
        message:
          `the published ${noun} "${id}" ${what} without a correction (recorded as published on ${was.since}). ` +
          `Add to \`corrections:\` of ${where} an entry dated today with \`${kind}: [${id}]\`, \`what:\`, \`before:\`, \`after:\` and \`why:\`, ` +
          `then run \`${PUBLISH_COMMAND}\` to record the new version; or put the published ${kind === 'figures' ? 'value' : 'text'} back`,
      });
    }
  }

  for (const { file, field, entry } of content.corrections) {
    if (entry.date > today)
      problems.push({ file, field: `${field}.date`, message: `the correction is dated ${entry.date}, after today (${today}): date it the day you make it` });
    for (const { kind, noun, recorded, current } of kinds) {
      entry[kind].forEach((id, i) => {
        if (!current.has(id) && !(id in recorded))
          problems.push({ file, field: `${field}.${kind}[${i}]`, message: `unknown ${noun} id "${id}": name a ${noun} of the content or one recorded in ${RECORD_FILE} (a removed one keeps its id there)` });
      });
    }
  }
  return problems;
}

/**
 * The record after publishing the content today: unchanged items keep their `since`, changed
 * and new ones get today, removed ones stay with `removed`, and each item notes the dates of
 * the entries naming it. Call it only on content that passes `checkPublished`.
 */
export function nextRecord(record: PublishedRecord | undefined, content: PublishedContent, today: string): PublishedRecord {
  const next: PublishedRecord = { about: ABOUT, figures: {}, quotations: {} };
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));

  for (const [id, f] of sorted(content.figures)) {
    const was = record?.figures[id];
    const version: FigureVersion = { value: f.value, unit: f.unit, year: f.year, status: f.status };
    const same = was && !was.removed && !figureChange(was, version);
    next.figures[id] = { ...version, since: same ? was.since : today, corrections: datesNaming(content, 'figures', id).sort() };
  }
  for (const [id, q] of sorted(content.quotations)) {
    const was = record?.quotations[id];
    const same = was && !was.removed && !quotationChange(was, q);
    next.quotations[id] = { text: q.text, since: same ? was.since : today, corrections: datesNaming(content, 'quotations', id).sort() };
  }
  // Removed items keep their last version, so entries may still name them.
  for (const [id, was] of Object.entries(record?.figures ?? {}))
    if (!content.figures.has(id)) next.figures[id] = { ...was, removed: was.removed ?? today, corrections: datesNaming(content, 'figures', id).sort() };
  for (const [id, was] of Object.entries(record?.quotations ?? {}))
    if (!content.quotations.has(id)) next.quotations[id] = { ...was, removed: was.removed ?? today, corrections: datesNaming(content, 'quotations', id).sort() };
  return next;
}

/** What a publish changes in the record, one line per item, for the command's output. */
export function recordChanges(before: PublishedRecord | undefined, after: PublishedRecord): string[] {
  const lines: string[] = [];
  for (const kind of ['figures', 'quotations'] as const) {
    for (const [id, now] of Object.entries(after[kind])) {
      const was = before?.[kind][id];
      if (!was) lines.push(`+ ${kind.slice(0, -1)} ${id} (new)`);
      else if (now.removed && !was.removed) lines.push(`- ${kind.slice(0, -1)} ${id} (removed)`);
      else if (now.since !== was.since) lines.push(`~ ${kind.slice(0, -1)} ${id} (corrected)`);
    }
  }
  return lines;
}

/** The record as written to disk: stable order, two-space indent, final newline. */
export function serializeRecord(record: PublishedRecord): string {
  return JSON.stringify(record, null, 2) + '\n';
}
