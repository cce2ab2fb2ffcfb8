/**
 * The publish record next to the content files: what `npm run publish` would write, and
 * the note the checks print when the record lags behind the content. Pure.
 */
import { contentForRecord, type ContentFile } from '../content/content-check.ts';
import { nextRecord, parseRecord, PUBLISH_COMMAND, RECORD_FILE, recordChanges, type PublishedRecord } from './publish-check.ts';

/** The record among the files: undefined when there is none yet (or it is unreadable: the check says so). */
export function recordIn(files: ContentFile[]): PublishedRecord | undefined {
  const file = files.find((f) => f.path === RECORD_FILE);
  if (!file) return undefined;
  const record = parseRecord(file.text);
  return 'message' in record ? undefined : record;
}

/** The lines `npm run publish` would change in the record today (empty when it is up to date). */
export function pendingChanges(files: ContentFile[], today: string): string[] {
  const content = contentForRecord(files);
  if (!content) return [];
  const record = recordIn(files);
  return recordChanges(record, nextRecord(record, content, today));
}

/** A one-line note for the checks' output when the record lags behind ('' when it does not). */
export function recordNotice(files: ContentFile[], today: string): string {
  const n = pendingChanges(files, today).length;
  return n ? `Note: ${n} new or corrected figure(s) or quotation(s) are not in ${RECORD_FILE} yet: run \`${PUBLISH_COMMAND}\` when you publish them.\n` : '';
}
