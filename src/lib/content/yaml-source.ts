/**
 * Reads YAML as the content check needs it: the value, the line of any field (so a schema
 * problem can say `file:line`), or the first syntax error alone (one mistake, one message:
 * the errors after it are its echoes). Pure.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';

/** A YAML text read: its value and where each field stands, or its first error. */
export type YamlRead =
  | { ok: true; value: unknown; lineOf: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; line?: number; message: string };

/** Parses `text`, whose first line is line `1 + lineOffset` of its file. */
export function readYaml(text: string, lineOffset = 0): YamlRead {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.pos ? lines.linePos(error.pos[0]).line + lineOffset : undefined;
    const what = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
    return { ok: false, ...(line ? { line } : {}), message: what };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    // The deepest node of the path that exists: a missing field points to its parent.
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { ok: true, value: doc.toJS(), lineOf };
}
