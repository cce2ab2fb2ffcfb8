/**
 * The names a page's HTML gives CSS to match, for the CSS pruning (src/cli/prune-css.ts): tags,
 * classes, ids, attribute names and values, in PurgeCSS's extractor shape. Read with regular
 * expressions over the tags, not a full HTML parse: more than ten times faster (about 2 ms a page instead of
 * 28 with purgecss-from-html's parse5), which counts at a thousand articles. It reads a superset of
 * what the parser reports (script and style tags, every attribute of every tag), so it can only
 * keep a rule the parser would have dropped, never drop one it kept (tests/unit/html-names.test.ts).
 */
import type { ExtractorResultDetailed } from 'purgecss';

/** A tag, or a comment (skipped) where a tag could start: a `<!--` inside an attribute's value is the tag's. */
const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);

/** Where `</tag>` (any case) starts at or after `from`, or -1. */
function closerAt(html: string, tag: string, from: number): number {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + tag.length).toLowerCase() === tag && html[at + 2 + tag.length] === '>') return at;
  }
  return -1;
}

/** A comment, or the opening tag of an element whose body is raw text. */
const RAW_TEXT_OPENER = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>/gi;

/**
 * The page without the bodies of its scripts and styles (their opening tags stay), in pieces: the
 * slices between those bodies, never joined. Joining them cost 0.7 ms a page, V8 laying the
 * whole page out anew; scanned with indexOf, as a lazy `[\s\S]*?` took ten times longer. A
 * `<script>` inside a comment opens nothing. Pure.
 */
export function markupPieces(html: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  RAW_TEXT_OPENER.lastIndex = 0;
  for (let m = RAW_TEXT_OPENER.exec(html); m; m = RAW_TEXT_OPENER.exec(html)) {
    if (m[1] === undefined) continue; // a comment: htmlNames skips it
    const close = closerAt(html, m[1].toLowerCase(), RAW_TEXT_OPENER.lastIndex);
    if (close === -1) break; // unclosed: the rest is read as markup (more names, never fewer)
    pieces.push(html.slice(from, RAW_TEXT_OPENER.lastIndex));
    from = close + m[1].length + 3;
    RAW_TEXT_OPENER.lastIndex = from;
  }
  pieces.push(html.slice(from));
  return pieces;
}

/**
 * Tags, classes, ids and attributes of an HTML page (comments and the bodies of scripts and styles
 * skipped). `readsValue` says whose values to read besides `class` and `id` (all by default): a
 * chart's `data-model` holds about 20 kB of JSON, whose thousand words no selector tests, and
 * reading them took half of this function's 2 ms on the fibre article. Pure.
 */
export function htmlNames(html: string, readsValue: (attribute: string) => boolean = () => true): ExtractorResultDetailed {
  const tags = new Set<string>();
  const classes = new Set<string>();
  const ids = new Set<string>();
  const names = new Set<string>();
  const values = new Set<string>();
  const read = new Set<string>();
  for (const piece of markupPieces(html)) for (const [, tag, attributes] of piece.matchAll(TAG)) {
    if (tag === undefined) continue; // a comment
    tags.add(tag.toLowerCase());
    // Components repeat the same attributes on many tags: each distinct string is read once.
    if (read.has(attributes!)) continue;
    read.add(attributes!);
    for (const m of attributes!.matchAll(ATTRIBUTE)) {
      const name = m[1]!;
      names.add(name);
      if (name !== 'class' && name !== 'id' && !readsValue(name)) continue;
      const raw = m[2] ?? m[3] ?? m[4];
      const value = raw === undefined ? '' : raw.includes('&') ? decode(raw) : raw;
      // As purgecss-from-html splits them: at each space, for values, classes and ids alike.
      const words = value.split(' ');
      for (const word of words) values.add(word);
      if (name === 'class') for (const c of words) classes.add(c);
      if (name === 'id') for (const id of words) ids.add(id);
    }
  }
  return { attributes: { names: [...names], values: [...values] }, classes: [...classes], ids: [...ids], tags: [...tags], undetermined: [] };
}
