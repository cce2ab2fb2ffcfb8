/**
 * The `Range` request header (RFC 9110 §14), for one byte range. Pure.
 * We answer a single range and ignore what we do not support (several ranges, other
 * units) or what is malformed (`bytes=10-5`, `bytes=abc`): the RFC lets a server ignore
 * Range, and the client then gets the whole file with 200.
 */

export type RangePlan =
  /** Send the whole file (no Range, or one we ignore). */
  | { kind: 'whole' }
  /** Send bytes start..end inclusive, with 206. */
  | { kind: 'partial'; start: number; end: number }
  /** 416, with `Content-Range: bytes *\/size`. */
  | { kind: 'unsatisfiable' };

const WHOLE: RangePlan = { kind: 'whole' };

/** What to send for a Range header over a file of `size` bytes. */
export function planRange(header: string | undefined, size: number): RangePlan {
  if (header === undefined) return WHOLE;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m) return WHOLE; // other units, several ranges, garbage
  const [, first, last] = m as unknown as [string, string, string];
  if (first === '' && last === '') return WHOLE;
  if (first === '') {
    // Suffix range: the last N bytes.
    const n = Number(last);
    if (!Number.isSafeInteger(n)) return WHOLE;
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Number.MAX_SAFE_INTEGER : Number(last);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return WHOLE;
  if (end < start) return WHOLE; // invalid range-spec (`bytes=10-5`): ignored, not an error
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end: Math.min(end, size - 1) };
}
